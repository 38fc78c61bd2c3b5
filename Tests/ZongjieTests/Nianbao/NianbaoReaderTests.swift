import Testing
import ZongjieCore

/// The fixture report reads to the same table values from Markdown and from plain text.
@Suite struct NianbaoReaderTests {
    static func check(_ tables: NianbaoTables, _ format: String) {
        for (row, values) in NianbaoFixture.applications {
            for column in ApplicantColumn.allCases {
                #expect(tables.value(.application(row, column)) == values[column.rawValue], "\(format): \(row.id) \(column.id)")
            }
        }
        for (block, values) in NianbaoFixture.appeals {
            for outcome in AppealOutcome.allCases {
                #expect(tables.value(.appeal(block, outcome)) == values[outcome.rawValue], "\(format): \(block.id) \(outcome.id)")
            }
        }
        for (row, values) in NianbaoFixture.disclosure {
            #expect(row.columns.map { tables.cells[.disclosure(row, $0)]?.text } == values, "\(format): \(row.id)")
        }
        #expect(tables.applicationTableIsComplete)
        #expect(tables.notes.isEmpty, "\(format): \(tables.notes.map(\.message))")
        #expect(!tables.cells.values.contains { $0.isBlank }, "\(format): no cell of the fixture is blank")
    }

    @Test func readsMarkdownPipeTables() throws {
        Self.check(NianbaoTableReader.read(SourceText(try NianbaoFixture.text("report.md"))), "md")
    }

    @Test func readsPlainTextRows() throws {
        Self.check(NianbaoTableReader.read(SourceText(try NianbaoFixture.text("report.txt"))), "txt")
    }

    @Test func cellsKeepTheirSourceLine() throws {
        let tables = NianbaoTableReader.read(SourceText(try NianbaoFixture.text("report.txt")))
        let line = try NianbaoFixture.plainLine(startingWith: "（一）予以公开 ")
        let cell = try #require(tables.cells[.application(.granted, .business)])
        #expect(cell.range.start.line == line)
        // "（一）予以公开 24 3": the business cell is the 3 after 7 label scalars, a space, "24" and a space.
        #expect(cell.range.start.column == 12)
    }

    @Test func readsTabSeparatedRowsAndFullWidthDigits() {
        let text = "表三\n本年新收政府信息公开申请数量\t１２\t3\t0\t0\t1\t0\t16\n"
        let tables = NianbaoTableReader.read(SourceText(text))
        #expect(tables.value(.application(.received, .naturalPerson)) == 12)
        #expect(tables.value(.application(.received, .total)) == 16)
    }

    @Test func readsDashAndBlankCellsAsZeroButMarksThem() {
        let text = "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 | 4 | - |  | 0 | 0 | 0 | 4\n"
        let tables = NianbaoTableReader.read(SourceText(text))
        #expect(tables.value(.application(.received, .business)) == 0)
        #expect(tables.cells[.application(.received, .business)]?.isBlank == true)
        #expect(tables.cells[.application(.received, .research)]?.isBlank == true)
        #expect(tables.cells[.application(.received, .nonprofit)]?.isBlank == false)
    }

    @Test func doesNotGuessWhenUnlabeledRowsDoNotFit() {
        // Two rows of figures whose labels were lost where three rows are missing: none is placed.
        let text = """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 | 4 | 0 | 0 | 0 | 0 | 0 | 4
        1 | 0 | 0 | 0 | 0 | 0 | 1
        2 | 0 | 0 | 0 | 0 | 0 | 2
        1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0
        """
        let tables = NianbaoTableReader.read(SourceText(text))
        #expect(tables.value(.application(.received, .total)) == 4)
        #expect(tables.value(.application(.carriedOver, .total)) == nil)
        #expect(tables.value(.application(.granted, .total)) == nil)
        #expect(tables.value(.application(.withheldStateSecret, .total)) == 0)
        #expect(tables.notes.contains { $0.message.contains("有 2 行无法对应的数字") && $0.line == 3 })
    }

    @Test func placesUnlabeledRowsWhenTheCountFits() {
        let text = """
        三、收到和处理政府信息公开申请情况
        一、本年新收政府信息公开申请数量 | 4 | 0 | 0 | 0 | 0 | 0 | 4
        1 | 0 | 0 | 0 | 0 | 0 | 1
        3 | 0 | 0 | 0 | 0 | 0 | 3
        （二）部分公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0
        """
        let tables = NianbaoTableReader.read(SourceText(text))
        #expect(tables.value(.application(.carriedOver, .total)) == 1)
        #expect(tables.value(.application(.granted, .total)) == 3)
        #expect(tables.cells[.application(.granted, .total)]?.range.start.line == 4)
    }

    @Test func readsNothingFromProse() {
        let text = "2024年政府信息公开工作年度报告\n全年共收到申请12件，予以公开10件。\n"
        let tables = NianbaoTableReader.read(SourceText(text))
        #expect(tables.cells.isEmpty)
        #expect(!tables.foundApplicationTable)
    }
}

/// Cell shapes seen in pasted Markdown.
@Suite struct NianbaoCellShapeTests {
    @Test func boldNumbersAndThousandsSeparators() {
        let text = "三、收到和处理政府信息公开申请情况\n| 一、本年新收政府信息公开申请数量 | **1,259** | 36 | 0 | 0 | 0 | 0 | **1 295** |\n"
        let tables = NianbaoTableReader.read(SourceText(text))
        #expect(tables.value(.application(.received, .naturalPerson)) == 1259)
        #expect(tables.value(.application(.received, .total)) == 1295)
    }
}

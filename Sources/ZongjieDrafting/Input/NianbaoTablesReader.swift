import Yams
import ZongjieCore

/// Reads a `nianbao-tables` slot (the counts of the 政府信息公开工作年度报告 tables)
/// from its YAML node, reporting unknown keys, non-numbers, given totals that differ
/// from the derived ones and unbalanced columns, each at its own line and column.
enum NianbaoTablesReader {
    static let topKeys = ["active", "applications", "appeals"]
    static let activeKeys = ["regulations", "normative-documents", "licensing", "penalties", "enforcement", "fees"]
    static let documentKeys = ["issued", "repealed", "in-force"]
    static let applicantKeys = ApplicantColumn.allCases.map(\.id)
    static let outcomeKeys = AppealOutcome.allCases.map(\.id)

    static func read(_ node: Node, what: String, reader: NodeReader) -> NianbaoInput? {
        let before = reader.problems.count
        let pairs = reader.pairs(node, what: what)
        reader.rejectUnknownKeys(pairs, known: topKeys, what: what)
        var input = NianbaoInput()
        for pair in pairs where !pair.value.isNullScalar {
            let place = "\(what)的 \(pair.key)"
            switch pair.key {
            case "active": input.active = disclosure(pair.value, what: place, reader: reader)
            case "applications":
                // Row ids are checked by `figures()` below, which knows the table's rows.
                var rows: [String: ApplicantCountsInput] = [:]
                for row in reader.pairs(pair.value, what: place) where !row.value.isNullScalar {
                    let counts = self.counts(row.value, known: applicantKeys, what: "\(place).\(row.key)", reader: reader)
                    rows[row.key] = ApplicantCountsInput(natural: counts["natural"], business: counts["business"], research: counts["research"],
                                                         nonprofit: counts["nonprofit"], legal: counts["legal"], other: counts["other"], total: counts["total"])
                }
                input.applications = rows
            case "appeals":
                var blocks: [String: AppealCountsInput] = [:]
                for block in reader.pairs(pair.value, what: place) where !block.value.isNullScalar {
                    let counts = self.counts(block.value, known: outcomeKeys, what: "\(place).\(block.key)", reader: reader)
                    blocks[block.key] = AppealCountsInput(upheld: counts["upheld"], corrected: counts["corrected"], other: counts["other"],
                                                          pending: counts["pending"], total: counts["total"])
                }
                input.appeals = blocks
            default: break
            }
        }
        guard reader.problems.count == before else { return nil }
        // Derive every total; what the user typed is only checked against it.
        for problem in input.figures().problems {
            reader.report(locate(problem.path, in: node) ?? node, "\(what)：\(problem.message)。")
        }
        return reader.problems.count == before ? input : nil
    }

    private static func disclosure(_ node: Node, what: String, reader: NodeReader) -> DisclosureInput {
        let pairs = reader.pairs(node, what: what)
        reader.rejectUnknownKeys(pairs, known: activeKeys, what: what)
        var result = DisclosureInput()
        for pair in pairs where !pair.value.isNullScalar {
            let place = "\(what).\(pair.key)"
            switch pair.key {
            case "regulations", "normative-documents":
                let counts = self.counts(pair.value, known: documentKeys, what: place, reader: reader)
                let documents = DocumentCountsInput(issued: counts["issued"], repealed: counts["repealed"], inForce: counts["in-force"])
                if pair.key == "regulations" { result.regulations = documents } else { result.normativeDocuments = documents }
            case "licensing": result.licensing = count(pair.value, what: place, reader: reader)
            case "penalties": result.penalties = count(pair.value, what: place, reader: reader)
            case "enforcement": result.enforcement = count(pair.value, what: place, reader: reader)
            case "fees":
                guard let raw = pair.value.rawScalar, let value = ScalarParsing.number(raw, allowPercentSign: false), value >= 0 else {
                    reader.report(pair.value, "\(place)（本年收费金额，万元）应为非负数字，如 0 或 1.25，实际是“\(pair.value.rawScalar ?? pair.value.kindName)”。")
                    continue
                }
                result.fees = FeeAmount(ScalarParsing.normalizedDigits(raw.trimmingCharacters(in: .whitespaces)))
            default: break
            }
        }
        return result
    }

    /// A mapping of column id → count, keys checked against `known`.
    private static func counts(_ node: Node, known: [String], what: String, reader: NodeReader) -> [String: Int] {
        let pairs = reader.pairs(node, what: what)
        reader.rejectUnknownKeys(pairs, known: known, what: what)
        var result: [String: Int] = [:]
        for pair in pairs where known.contains(pair.key) && !pair.value.isNullScalar {
            result[pair.key] = count(pair.value, what: "\(what).\(pair.key)", reader: reader)
        }
        return result
    }

    private static func count(_ node: Node, what: String, reader: NodeReader) -> Int? {
        guard let raw = node.rawScalar, let value = Int(raw.trimmingCharacters(in: .whitespaces)), value >= 0 else {
            reader.report(node, "\(what)应为非负整数（件数），没有的填 0，实际是“\(node.rawScalar ?? node.kindName)”。")
            return nil
        }
        return value
    }

    /// The node a problem's key path ("applications.granted.total") names, or the deepest
    /// part of it that the file has (an unbalanced column names a total nobody typed).
    static func locate(_ path: String, in root: Node) -> Node? {
        var node = root
        var found: Node?
        for component in path.split(separator: ".") {
            guard let next = node.orderedPairs?.first(where: { $0.key == component }) else { break }
            node = next.value
            found = next.value
        }
        return found
    }
}

/// Where a table of a 年报 lies in the text: the lines after its heading up to its last row
/// of figures. Inside, lines are cells, row labels and label fragments (a PDF paste scatters
/// them), not prose or headings.
public struct NianbaoTableRegion: Sendable, Hashable {
    /// Which table: 2, 3 or 4 (表二, 表三, 表四).
    public var table: Int
    /// 1-based line numbers, first to last.
    public var lines: ClosedRange<Int>

    public init(table: Int, lines: ClosedRange<Int>) {
        self.table = table
        self.lines = lines
    }

    /// The table's name as a reader says it.
    public var name: String {
        switch table {
        case 2: "表二"
        case 3: "表三"
        default: "表四"
        }
    }

    /// The regions of the tables found under their headings in `source`, in order. A table
    /// found only by its rows (no heading) has no region: its extent would be a guess.
    public static func locate(_ source: SourceText) -> [NianbaoTableRegion] {
        let texts = (1...max(source.lines.count, 1)).map { source.line($0) }
        let found = NianbaoRegions.locate(texts)
        var regions: [NianbaoTableRegion] = []
        for (table, range, headed) in [(2, found.disclosure, found.disclosure != nil), (3, found.applications, found.applicationsHeaded), (4, found.appeals, found.appeals != nil)] {
            guard headed, let range else { continue }
            // The region ends at the table's last figure row: prose and sub-headings after it
            // (a 五 part whose heading was lost) stay prose.
            guard let last = range.last(where: { isRow($0, texts) }) else { continue }
            regions.append(NianbaoTableRegion(table: table, lines: range.lowerBound + 1...last + 1))
        }
        return regions
    }

    /// A table row, or one of a run of lines holding one figure each (cells one per line; a
    /// lone number is more likely a page number).
    private static func isRow(_ index: Int, _ texts: [String]) -> Bool {
        if NianbaoTableReader.isTableRow(texts[index]) { return true }
        func single(_ at: Int) -> Bool {
            guard texts.indices.contains(at), let line = TableLine.parse(texts[at], lineNumber: at + 1) else { return false }
            return line.isSingleFigure
        }
        return single(index) && (single(index - 1) || single(index + 1))
    }
}

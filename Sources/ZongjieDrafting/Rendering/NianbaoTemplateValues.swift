import ZongjieCore

/// What templates see for a `nianbao-tables` slot: the three tables as Markdown
/// blocks and the figures prose quotes (every total derived from the parts).
///
/// `{{{tables.applications_table}}}` on a line of its own becomes one paragraph
/// whose text is the whole pipe table (see `RenderedBlockParser.blockLineSeparator`).
enum NianbaoTemplateValues {
    /// Keys of the three table blocks.
    static let tableKeys = ["active_table", "applications_table", "appeals_table"]
    /// Keys of the figures, for the template name check and placeholders.
    static let figureKeys = [
        "received", "carried_over", "handled", "granted", "partly_granted", "withheld", "unavailable",
        "not_processed", "other_handling", "carried_forward", "regulations_issued", "normative_issued",
        "normative_in_force", "licensing", "penalties", "enforcement", "fees", "review_total", "suit_total",
    ]
    /// Flags for sentences that depend on a figure being zero.
    static let flagKeys = ["appeals_zero", "appeals_nonzero", "fees_zero", "fees_nonzero", "applications_zero", "applications_nonzero"]

    /// Every name inside the slot's value.
    static var names: [String] { tableKeys + figureKeys + flagKeys }

    /// The values for `input`.
    static func values(for input: NianbaoInput) -> [String: Any] {
        let figures = input.figures().figures
        let applications = figures.applications
        let disclosure = figures.disclosure
        func total(_ row: ApplicationRow) -> String { String(applications[row, .total]) }
        func group(_ group: ApplicationResultGroup) -> String {
            String(group.rows.reduce(0) { $0 + applications[$1, .total] })
        }
        let review = figures.appeal(.review).total
        let suits = figures.appeal(.directSuit).total + figures.appeal(.suitAfterReview).total
        let feeIsZero = (Double(disclosure.feeAmount) ?? 0) == 0
        var values: [String: Any] = [
            "active_table": block(NianbaoMarkdownRenderer.disclosureTable(disclosure)),
            "applications_table": block(NianbaoMarkdownRenderer.applicationTable(applications)),
            "appeals_table": block(NianbaoMarkdownRenderer.appealTable(figures)),
            "received": total(.received), "carried_over": total(.carriedOver), "handled": total(.resultTotal),
            "granted": total(.granted), "partly_granted": total(.partlyGranted),
            "withheld": group(.withheld), "unavailable": group(.unavailable), "not_processed": group(.notProcessed),
            "other_handling": group(.otherHandling), "carried_forward": total(.carriedForward),
            "regulations_issued": String(disclosure.regulations.issued), "normative_issued": String(disclosure.normativeDocuments.issued),
            "normative_in_force": String(disclosure.normativeDocuments.inForce),
            "licensing": String(disclosure.licensing), "penalties": String(disclosure.penalties), "enforcement": String(disclosure.enforcement),
            "fees": disclosure.feeAmount.isEmpty ? "0" : disclosure.feeAmount,
            "review_total": String(review), "suit_total": String(suits),
        ]
        values["appeals_zero"] = review + suits == 0
        values["appeals_nonzero"] = review + suits != 0
        // No application received and none carried over: a sentence saying so instead of a row of zeros.
        let noApplications = applications[.received, .total] + applications[.carriedOver, .total] == 0
        values["applications_zero"] = noApplications
        values["applications_nonzero"] = !noApplications
        values["fees_zero"] = feeIsZero
        values["fees_nonzero"] = !feeIsZero
        return values
    }

    /// Placeholders for a required slot left out: each table and figure asks to be filled in.
    static func placeholders(label: String, hint: String) -> [String: Any] {
        var values: [String: Any] = [:]
        // Each table its own placeholder, so the skeleton has no three identical paragraphs.
        for (key, table) in zip(tableKeys, ["表二", "表三", "表四"]) { values[key] = Placeholder.text(label: "\(label)（\(table)）", hint: hint) }
        for key in figureKeys { values[key] = Placeholder.text(label: label) }
        values["appeals_nonzero"] = true
        values["fees_nonzero"] = true
        values["applications_nonzero"] = true
        return values
    }

    /// A rendered table as one template line: its lines joined by the block separator.
    private static func block(_ markdown: String) -> String {
        var text = markdown
        while text.hasSuffix("\n") { text.removeLast() }
        return text.replacing("\n", with: String(RenderedBlockParser.blockLineSeparator))
    }
}

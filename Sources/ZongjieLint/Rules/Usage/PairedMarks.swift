import ZongjieCore

/// One quotation mark, bracket or book-title mark found by the dictionary scan.
struct PairMark {
    var scalar: Unicode.Scalar
    /// Byte offset in the document.
    var start: Int
}

extension PunctuationUsageRule {
    /// Quotation marks and brackets that do not pair up within their paragraph (line): a
    /// closing mark with no opening one, an opening one never closed, “ typed for ”.
    func unpaired(_ marks: [PairMark], _ context: LintContext) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let source = context.source
        var stack: [PairMark] = []
        // Closing marks with no opening one, by scalar: an opening one of the same kind left
        // open later in the paragraph is the same slip (”条例“), reported once.
        var strayClosers: Set<UInt32> = []
        var lineNumber = 0
        func closeParagraph() {
            for open in stack where !strayClosers.contains(open.scalar.value) {
                found.append(report(open, context, "“\(open.scalar)”在本段中没有对应的“\(Self.partner(of: open.scalar))”，请补全。"))
            }
            stack.removeAll()
            strayClosers.removeAll()
        }
        var lines = LineCursor(source)
        for mark in marks {
            let markLine = lines.lineNumber(containing: mark.start)
            if markLine != lineNumber {
                // A line broken inside a sentence (text from PDF, hard-wrapped paragraphs)
                // carries its open marks on; a finished sentence ends the paragraph.
                if !stack.isEmpty && !continues(lineNumber, context) { closeParagraph() }
                if stack.isEmpty { strayClosers.removeAll() }
                lineNumber = markLine
            }
            if let kind = UsageMarks.openers.firstIndex(of: mark.scalar) {
                if (mark.scalar == "“" || mark.scalar == "‘"), stack.last?.scalar == mark.scalar {
                    // Quotes do not nest in their own kind: this one was meant to close.
                    found.append(report(mark, context, "前引号“\(mark.scalar)”连用，后一个应为后引号“\(UsageMarks.closers[kind])”。"))
                    stack.removeLast()
                    continue
                }
                stack.append(mark)
                continue
            }
            guard let kind = UsageMarks.closers.firstIndex(of: mark.scalar) else { continue }
            let opener = UsageMarks.openers[kind]
            if stack.last?.scalar == opener {
                stack.removeLast()
            } else if let open = stack.lastIndex(where: { $0.scalar == opener }) {
                for inner in stack[(open + 1)...] {
                    found.append(report(inner, context, "“\(inner.scalar)”没有对应的“\(Self.partner(of: inner.scalar))”，与外层标点交叉。"))
                }
                stack.removeSubrange(open...)
            } else if !isEnumerationMarker(mark, context) && !opensHalfWidth(mark, context) {
                strayClosers.insert(opener.value)
                found.append(report(mark, context, "“\(mark.scalar)”前面没有对应的“\(opener)”，请检查是否漏写或写反。"))
            }
        }
        closeParagraph()
        return found
    }

    /// Whether line `number` runs on into the next: it does not end a sentence.
    private func continues(_ number: Int, _ context: LintContext) -> Bool {
        guard number > 0, number < context.source.lines.count else { return false }
        let line = context.scans.line(number)
        guard let last = line.scalars.last(where: { !$0.properties.isWhitespace }) else { return false }
        return !(last == "。" || last == "！" || last == "？" || last == "；" || last == "”" || last == "）" || last == "》")
    }

    /// A ） closing a half-width ( earlier in the line: punctuation-width reports the (.
    private func opensHalfWidth(_ mark: PairMark, _ context: LintContext) -> Bool {
        guard mark.scalar == "）" else { return false }
        let line = context.scans.line(context.source.lineNumber(containing: mark.start))
        return line.scalars[..<line.scalarIndex(ofByte: mark.start, in: context.source)].contains("(")
    }

    static func partner(of scalar: Unicode.Scalar) -> Unicode.Scalar {
        if let kind = UsageMarks.openers.firstIndex(of: scalar) { return UsageMarks.closers[kind] }
        if let kind = UsageMarks.closers.firstIndex(of: scalar) { return UsageMarks.openers[kind] }
        return scalar
    }

    /// 1） 2） or 一） at the start of a line or clause: an enumeration marker, not a bracket
    /// (numbering-style speaks for it).
    private func isEnumerationMarker(_ mark: PairMark, _ context: LintContext) -> Bool {
        guard mark.scalar == "）" else { return false }
        let line = context.scans.line(context.source.lineNumber(containing: mark.start))
        let at = line.scalarIndex(ofByte: mark.start, in: context.source)
        var start = at
        while start > 0, at - start < 3 {
            let before = line.scalars[start - 1]
            guard CJK.isASCIIDigit(before) || ChineseNumerals.isNumeralScalar(before) else { break }
            start -= 1
        }
        guard start < at else { return false }
        let previous = line[safe: start - 1]
        return previous == nil || previous == "；" || previous == "。" || previous == "：" || previous?.properties.isWhitespace == true
    }

    private func report(_ mark: PairMark, _ context: LintContext, _ message: String) -> Diagnostic {
        let line = context.scans.line(context.source.lineNumber(containing: mark.start))
        let at = line.scalarIndex(ofByte: mark.start, in: context.source)
        return diagnostic(line.range(at, at + 1, in: context.source), message, data: ["found": String(mark.scalar)])
    }
}

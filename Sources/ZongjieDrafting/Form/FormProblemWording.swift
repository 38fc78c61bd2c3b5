/// A clerk filling the Word material form never sees the slots' keys: problems found in a
/// form name the item by its label, as the form's 名称 column does. The messages are shared
/// with YAML material, where `applications_received（依申请公开收到件数）` tells the user which
/// key to fix; for the form the key is dropped (“依申请公开收到件数”).
public enum FormProblemWording {
    /// `message` with key（label） written “label” and label（key） written label.
    /// Keys are lower-case ASCII letters, digits and _, starting with a letter.
    public static func forClerk(_ message: String) -> String {
        let scalars = Array(message.unicodeScalars)
        func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_" }
        func isKey(_ run: ArraySlice<Unicode.Scalar>) -> Bool {
            guard let first = run.first, ("a"..."z").contains(first) else { return false }
            return run.allSatisfy(isKeyScalar)
        }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            // A bracketed part: （…） right here.
            if scalars[index] == "（", let close = scalars[index...].firstIndex(of: "）") {
                let inside = scalars[(index + 1)..<close]
                if isKey(inside) { index = close + 1; continue } // label（key）
            }
            // key（label）: a whole key (not part of a longer ASCII word or a web address) before （.
            if isKeyScalar(scalars[index]), index == 0 || !(isKeyScalar(scalars[index - 1]) || scalars[index - 1] == "." || ("A"..."Z").contains(scalars[index - 1])) {
                var end = index
                while end < scalars.count && isKeyScalar(scalars[end]) { end += 1 }
                if isKey(scalars[index..<end]), end < scalars.count, scalars[end] == "（",
                   let close = scalars[end...].firstIndex(of: "）"), close > end + 1, !isKey(scalars[(end + 1)..<close]) {
                    out.append("“")
                    out.append(contentsOf: scalars[(end + 1)..<close])
                    out.append("”")
                    index = close + 1
                    continue
                }
                out.append(contentsOf: scalars[index..<end])
                index = end
                continue
            }
            out.append(scalars[index])
            index += 1
        }
        return String(out)
    }

    /// `problem` as a form's clerk reads it: no key names, and no line and column of the
    /// YAML the form was turned into (its place, when known, is the table row).
    public static func forClerk(_ problem: SourceProblem) -> SourceProblem {
        var problem = problem
        problem.message = forClerk(problem.message)
        if problem.place == nil { problem.column = nil; problem.line = nil }
        return problem
    }
}

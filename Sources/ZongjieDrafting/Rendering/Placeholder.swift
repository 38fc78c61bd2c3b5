import Foundation

/// The visible marks a draft carries where a fact is missing.
public enum Placeholder {
    /// The opening of every placeholder; `lint` looks for it.
    public static let prefix = "【待填："

    /// 【待填：label】, followed by （提示：hint） when there is a hint.
    public static func text(label: String, hint: String = "") -> String {
        let mark = prefix + label + "】"
        return hint.isEmpty ? mark : mark + "（提示：" + TextPolish.withoutFinalStop(hint) + "）"
    }

    /// How many placeholders `text` holds.
    public static func count(in text: String) -> Int {
        text.components(separatedBy: prefix).count - 1
    }
}

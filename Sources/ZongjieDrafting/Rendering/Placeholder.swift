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

    /// The opening of a figure carried over from last year's report (`zongjie import`).
    public static let updatePrefix = "【待更新："

    /// 【待更新：上年为1260条】: last year's figure, to be replaced by this year's.
    public static func update(lastYear figure: String) -> String {
        updatePrefix + "上年为" + figure + "】"
    }

    /// The opening of a figure drafted although it disagrees with another (`new --allow-inconsistent`).
    public static let checkPrefix = "【待核对："

    /// How many placeholders (【待填…】, 【待更新：…】, 【待核对：…】) `text` holds.
    public static func count(in text: String) -> Int {
        text.components(separatedBy: "【待填").count - 1 + text.components(separatedBy: updatePrefix).count - 1
            + text.components(separatedBy: checkPrefix).count - 1
    }
}

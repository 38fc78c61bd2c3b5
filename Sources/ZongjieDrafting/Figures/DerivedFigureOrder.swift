/// The order derived figures are computed in: a figure that reads another
/// (满意率（含基本满意）= 满意率 + 基本满意率) comes after it.
enum DerivedFigureOrder {
    /// `figures` so that each comes after the figures it reads; figures in a cycle are left out.
    static func ordered(_ figures: [DerivedFigure]) -> [DerivedFigure] {
        let byKey = Dictionary(figures.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var state: [String: Bool] = [:] // false: on the current path; true: placed
        var result: [DerivedFigure] = []
        func visit(_ figure: DerivedFigure) -> Bool {
            if let placed = state[figure.key] { return placed }
            state[figure.key] = false
            for input in figure.kind.inputs {
                if let dependency = byKey[input], !visit(dependency) { return false }
            }
            state[figure.key] = true
            result.append(figure)
            return true
        }
        for figure in figures { _ = visit(figure) }
        return result
    }

    /// Cycles of figures reading each other, each as the keys along it ending where it
    /// started (a → b → a: a reads b, b reads a).
    static func cycles(in figures: [DerivedFigure]) -> [[String]] {
        let byKey = Dictionary(figures.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var finished: Set<String> = []
        var path: [String] = []
        var cycles: [[String]] = []
        func visit(_ key: String) {
            guard let figure = byKey[key] else { return }
            path.append(key)
            for input in figure.kind.inputs where byKey[input] != nil && !finished.contains(input) {
                if let start = path.firstIndex(of: input) {
                    cycles.append(Array(path[start...]) + [input])
                } else {
                    visit(input)
                }
            }
            path.removeLast()
            finished.insert(key)
        }
        for figure in figures where !finished.contains(figure.key) { visit(figure.key) }
        return cycles
    }
}

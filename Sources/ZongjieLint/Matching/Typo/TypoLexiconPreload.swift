import Foundation

/// Starts parsing the `typo` rule's data before the rule first needs it.
///
/// A lint session that has `typo` enabled calls `start()` when it builds its engine: the
/// lexicon is then built on another thread while the session reads and decodes the document
/// and runs the other rules. It is race-free by construction: the lexicon is a `static let`,
/// whose one-time initialisation is thread-safe, so a check that needs it first simply waits
/// for the build in progress, and every thread sees the same finished lexicon.
public enum TypoLexiconPreload {
    /// Starts the background build once per process (later calls do nothing).
    public static func start() {
        _ = started
    }

    private static let started: Bool = {
        let thread = Thread {
            _ = TypoLexicon.shared
            _ = TypoContextPairs.shared
        }
        thread.start()
        return true
    }()
}

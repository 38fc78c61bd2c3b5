#if FUZZING
import Foundation

// Built only by scripts/fuzz.sh (-DFUZZING -sanitize=fuzzer). SwiftPM links an
// executable with `main` aliased to `<module>_main`, so the driver is started
// from there instead of libFuzzer's own main.

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The target named by ZONGJIE_FUZZ_TARGET, read once.
private let selectedTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["ZONGJIE_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("ZONGJIE_FUZZ_TARGET must be one of: \(names)\n".utf8))
        exit(2)
    }
    return target
}()

/// libFuzzer's entry, reached through SwiftPM's renamed main.
@_cdecl("zongjie_fuzz_main")
public func zongjieFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // ZONGJIE_FUZZ_WRITE_SEEDS=DIR: write the built-in seeds for the target there and stop
    // (libFuzzer wants its starting corpus as files).
    if let folder = ProcessInfo.processInfo.environment["ZONGJIE_FUZZ_WRITE_SEEDS"] {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (index, seed) in Seeds.seeds(for: selectedTarget, corpus: []).enumerated() {
            _ = FileManager.default.createFile(atPath: folder + "/seed-\(index)", contents: Data(seed))
        }
        return 0
    }
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in
        guard let data else { return 0 }
        selectedTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }
}
#endif

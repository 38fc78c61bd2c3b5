import Foundation
import Testing
import ZongjieRPC

/// The MCP tools take a report type's Chinese name as `--type` does, and an unknown one
/// comes back as a tool error listing the types with id and name.
@Suite(.serialized) struct MCPTypeByNameTests {
    @Test func toolsTakeTheChineseName() throws {
        let (server, _) = try MCPServerTests.start()
        _ = try MCPServerTests.initialize(server)
        let template = try MCPServerTests.call(server, "input_template", ["type": "政务公开"])
        #expect(!template.isError && template.text.hasPrefix("# 政务公开工作总结（zhengwu-gongkai）"), "\(template.text)")
        let drafted = try MCPServerTests.call(server, "draft", ["type": "法治政府建设", "material": "unit: 某局\nyear: 2024\n"])
        #expect(!drafted.isError && drafted.text.contains("某局2024年") && drafted.text.contains("法治政府建设"), "\(drafted.text)")
        let linted = try MCPServerTests.call(server, "lint", ["text": .string(TypeByNameTests.draft), "type": "政务公开"])
        #expect(!linted.isError && linted.text.contains("\"reportType\":\"zhengwu-gongkai\""), "\(linted.text)")
        let unknown = try MCPServerTests.call(server, "lint", ["text": .string(TypeByNameTests.draft), "type": "党建"])
        #expect(unknown.isError && unknown.text.hasPrefix("zongjie: 错误：未知的报告类型“党建”。可用的报告类型：\n"), "\(unknown.text)")
        #expect(unknown.text.contains("  zhengwu-gongkai\t政务公开工作总结"), "\(unknown.text)")
    }
}

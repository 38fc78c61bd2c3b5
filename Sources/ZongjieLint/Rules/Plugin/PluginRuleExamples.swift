/// Examples of `plugin-rule`, run against the built-in zhengwu-gongkai plugin's lint additions
/// (主动公开 and 依申请公开 figures required). Other kinds are tested with test plugins.
enum PluginRuleExamples {
    static let triggering: [RuleExample] = [
        RuleExample("""
        ↓↓XX局2024年度政务公开工作总结

        现将有关情况总结如下：
        一、政务公开工作开展情况
        全年更新网站栏目12个，开展培训3次。
        二、存在的问题
        栏目更新不够及时。
        三、2025年工作打算
        下一步，加强栏目维护，提升公开质量。

        XX局
        2025年1月10日
        """, reportType: "zhengwu-gongkai"),
        RuleExample("""
        ↓XX局2024年度政务公开工作总结

        现将有关情况总结如下：
        一、政务公开工作开展情况
        全年主动公开政府信息1260条，依申请公开工作规范有序。
        二、存在的问题
        栏目更新不够及时。
        三、2025年工作打算
        下一步，加强栏目维护，提升公开质量。

        XX局
        2025年1月10日
        """),
    ]

    static let nonTriggering: [RuleExample] = [
        RuleExample("""
        XX局2024年度政务公开工作总结

        现将有关情况总结如下：
        一、政务公开工作开展情况
        全年主动公开政府信息1260条，收到政府信息公开申请36件，全部按时办结。
        二、存在的问题
        栏目更新不够及时。
        三、2025年工作打算
        下一步，加强栏目维护，提升公开质量。

        XX局
        2025年1月10日
        """),
        RuleExample("""
        XX局2024年度政务公开工作总结

        一、政务公开工作开展情况
        全年共主动公开各类信息1,260条。今年未收到依申请公开申请。
        二、存在的问题
        栏目更新不够及时。
        """),
        RuleExample("""
        XX局2024年度工作总结

        一、主要工作
        全年办理事项120件。
        """),
    ]
}

/// A summary followed by what comes after its body (附件说明, 落款, 附注, an attachment page,
/// 版记): the structure rules share it as a non-triggering example, since none of them may
/// read that back matter as the body's structure.
enum BackMatterExample {
    static let summaryWithAttachments = """
    XX局2024年度工作总结

    2024年，我局认真履职，现将有关情况总结如下：
    一、主要工作
    全年办理事项120件，明细见附件1。
    二、存在的问题
    宣传力度不够。
    三、下一步工作打算
    下一步，我局将加大宣传力度。
    附件：1.办理事项清单
          2.满意度统计表
    XX局
    2024年12月20日
    （此件公开发布）
    附件1
    办理事项清单
    1.受理登记
    3.办理答复
    抄送：市政务公开办。
    XX局办公室　　2024年12月20日印发
    """
}

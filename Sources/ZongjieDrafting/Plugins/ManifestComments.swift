/// The comment blocks `ManifestWriter` puts above each part of a scaffolded
/// plugin.yaml: what every field means and which values it takes (Chinese, for the user).
enum ManifestComments {
    static func header(base: String) -> String {
        """
        # 报告类型插件清单（plugin.yaml），由 zongjie plugin new 以“\(base)”为底稿生成。
        # 改完运行 zongjie plugin check <本文件夹> 检查；完整说明见 PLUGINS.md。
        # 插件只是数据：模板不含逻辑、不能读文件，所有路径都必须在本文件夹之内。


        """
    }

    static let outline = """
    # outline：大纲。extends 指定基础大纲（annual-summary：标题 title、主送机关 addressee、开头 opening、
    # 工作开展情况 achievements、存在的问题 problems、下一步工作打算 plans、落款 signature）。
    # sections 逐项修改，每项：
    #   key           要修改的部分，或新增部分的 key（英文）
    #   name          新增部分的中文名称（新增时必填）
    #   heading       起草时用的标题（原标题仍能被 lint 识别）
    #   headings      替换可识别的标题写法；add_headings 追加写法
    #   required      是否必需（true：lint 发现缺少时报告 missing-section 错误；新增部分须有模板 templates/<key>.mustache）
    #   min_items     至少几条
    #   hint          写作提示（input-template、outline show 中显示）
    #   after/before  新增（或移动）到某部分之后/之前
    #   remove: true  删除该部分
    # order: [..] 可直接给出各部分的顺序。用 zongjie outline show <id> 查看结果。

    """

    static let outlineExamples = """
      # 例：
      # sections:
      #   - key: problems
      #     add_headings: [存在的短板]
      #   - key: risks
      #     name: 风险隐患排查情况
      #     heading: 风险隐患排查情况
      #     after: achievements
      #     required: true

    """

    static let title = """
    # title：pattern 是起草用的标题，可用 {unit}、{year}、{topic}；variants 是真实文件中的其他写法（仅供参考）；
    # keywords 是 lint 据标题识别本类型的词（标题含任一即为本类型，多个类型都匹配时最长的词优先）。

    """

    static let slots = """
    # slots：填写项（材料文件中的键）。每项：
    #   key       材料中的键（英文小写加下划线），模板中写 {{key}}
    #   type      text 文字、paragraph 段落、list 条目列表（每条是一句话，或 title/text/points）、
    #             count 数量、percent 百分比、money 金额、date 日期、year 年份、
    #             table 名称与数量表（材料写“名称: 数量”，或每行 name 和 count）、nianbao-tables 年报统计表
    #   label     中文名称，也是占位符【待填：label】的文字
    #   hint      填写提示
    #   required  是否必填（缺少时草稿留占位符；new --strict 时报错）
    #   unit      数字的单位（条、件、万元）
    #   example   示例值（交互模式和填写模板中显示）
    #   titled    列表的每条带小标题（title + points），生成（一）（二）小节
    #   cues      数字前常写的词（如“检查涉密计算机”），zongjie import 据此从上年报告取数
    # unit、year、date 用于标题和落款，addressee 为主送机关。

    """

    static let derived = """
    # derived：计算得出的数字，模板中写 {{key}}。每项：key、label、kind，以及：
    #   sum    求和：of: [a, b]（表格填写项按各行数量之和计；全是百分比时结果带 %）
    #   rate   比率：of ÷ over × 100，带 %（如办结率 = 办结 ÷ 受理）
    #   share  占比：of ÷ over × 100，带 %（如予以公开占办结的比例）
    #   yoy    同比：(of − from) ÷ from × 100，写成“增长x%”“下降x%”或“持平”
    #   decimals 小数位（默认 2，末尾的 0 省去）；equals 应与之相等的数字填写项（材料不一致时提示）。
    # of/over/from 可以是数字或表格填写项，也可以是另一个计算项（按依赖顺序计算，不能循环引用）。
    # 模板中可用的名称（填写项、计算项、列表条目的 title/points 等）见 PLUGINS.md 第 10 节。

    """

    static let lint = """
    # lint：本类型的检查规则，zongjie lint 识别出本类型时运行（规则 id 为 plugin-rule，
    # 可在 .zongjie.yaml 中关闭或改级别）。每条：name 名称、kind 种类、section 只查某一部分（不写则查全文）、
    # message 提示文字（{term}、{right} 会被替换）、level 级别 error/warning/info（默认 warning）。
    #   existence     terms: [..]                  不应出现的词
    #   substitution  swap: {错误写法: 正确写法}     应替换的词（lint --fix-wording 自动替换）
    #   required      terms: [..]，figure: true     须写到的词（任一即可）；figure: true 时同一句中词后须有数字
    #   identity      total: 词，parts: [..]        词后的数字：合计须等于各分项之和
    #   length        min: 100，max: 3000           字数范围（不计空白和标题行）
    #   rate          numerator: [..]，denominator: [..]，percent: [..]，tolerance: 0.1
    #                 percent 后的百分数须等于 numerator 后的数 ÷ denominator 后的数（tolerance：允许相差的百分点，
    #                 不写则按所示小数位四舍五入比较）
    #   complete      totals: [..]                  词后的合计数之后“其中”所列的分项是完整的：sum-mismatch 据此
    #                 也报告分项之和小于合计（不写时只在有“其他”兜底项或用“分别为”时才报告）
    # substitution 可加 except: [..]：含错误写法、但本身正确的词（如 政协建议→政协提案，except: [政协建议案]）。
    # 词按中文子串匹配（中文没有词边界）。

    """

    static let lintExamples = """
      # 例：
      # - name: 不用口语
      #   kind: existence
      #   terms: [搞好, 弄好]
      # - name: 规范简称
      #   kind: substitution
      #   swap: {保密局: 保密行政管理部门}
      # - name: 问题写实
      #   kind: length
      #   section: problems
      #   min: 60

    """
}

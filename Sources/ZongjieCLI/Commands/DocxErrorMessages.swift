import ZongjieFormats

/// A .docx that cannot be read is an input error: the CLI prints its Chinese
/// description as is ("zongjie: 错误：…") and exits 2, for every command reading Word files.
extension DocxError: UserFacingError {}

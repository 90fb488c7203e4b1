//! Import: plain text (UTF-8 or GB18030/GBK) and .docx reports into a structured draft, keeping
//! every sentence; and the reuse mode that turns last year's report into this year's base.

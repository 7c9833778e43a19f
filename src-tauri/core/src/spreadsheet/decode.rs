//! Spreadsheet bytes turned into UTF-8 as they are read, a chunk at a time: UTF-8 with or
//! without BOM, UTF-16 with a BOM or without (told by its zero bytes), else Windows-1252 (what
//! older Excel writes). Line breaks come out as `\n` whether the file used CRLF, CR or LF, so
//! the CSV reader counts lines the way a spreadsheet counts rows.

use std::io::{self, Read};

use crate::i18n::{msg, Lang};

/// How much is read from the file at a time.
const CHUNK: usize = 64 * 1024;
/// The first bytes looked at to tell UTF-16 from the rest.
const SNIFF: usize = 4 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    /// Only ASCII so far: the first other byte decides between UTF-8 and Windows-1252.
    Ascii,
    Utf8,
    Utf16 {
        le: bool,
    },
    Windows1252,
}

/// The decoded UTF-8 text of `inner`, with its line breaks as `\n`.
pub(super) struct Decoder<R> {
    inner: R,
    encoding: Encoding,
    /// Bytes read but not decoded yet (a character cut by the chunk's end).
    raw: Vec<u8>,
    eof: bool,
    out: Vec<u8>,
    out_pos: usize,
    /// The last byte written was a CR turned into `\n`: a `\n` right after it is dropped.
    after_cr: bool,
    /// The last byte written, and whether the end has been written: the text always ends
    /// with a line break, so every record's end can be counted the same way.
    last: Option<u8>,
    finished: bool,
    /// Bytes read from `inner`, to refuse a file over `max_bytes`.
    read: u64,
    max_bytes: u64,
}

/// Raised as an I/O error by the readers so the CSV reader stops; told apart by its payload.
#[derive(Debug)]
pub(super) enum Limit {
    /// The file is larger than this many MB.
    File(u64),
    /// A row is longer than this many MB.
    Row(u64),
}

impl Limit {
    /// What was too large and what to do, from `line` on, in `lang`.
    pub(super) fn text(&self, line: u64, lang: Lang) -> String {
        match *self {
            Limit::File(mb) => msg::ErrorCsvTooBig { mb: mb.into() }.text(lang),
            Limit::Row(mb) => msg::ErrorCsvRowTooLong {
                line: line.into(),
                mb: mb.into(),
            }
            .text(lang),
        }
    }
}

impl std::fmt::Display for Limit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(0, crate::i18n::owner()))
    }
}

impl std::error::Error for Limit {}

impl<R: Read> Decoder<R> {
    /// Reads the first bytes of `inner` to tell its encoding.
    pub(super) fn new(inner: R, max_bytes: u64) -> io::Result<Self> {
        let mut d = Decoder {
            inner,
            encoding: Encoding::Ascii,
            raw: Vec::with_capacity(CHUNK),
            eof: false,
            out: Vec::with_capacity(CHUNK),
            out_pos: 0,
            after_cr: false,
            last: None,
            finished: false,
            read: 0,
            max_bytes,
        };
        while d.raw.len() < SNIFF && !d.eof {
            d.read_more(SNIFF - d.raw.len())?;
        }
        let (encoding, bom) = sniff(&d.raw);
        d.encoding = encoding;
        d.raw.drain(..bom);
        Ok(d)
    }

    fn read_more(&mut self, want: usize) -> io::Result<()> {
        let old = self.raw.len();
        self.raw.resize(old + want, 0);
        let n = loop {
            match self.inner.read(&mut self.raw[old..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.raw.truncate(old);
                    return Err(e);
                }
            }
        };
        self.raw.truncate(old + n);
        self.eof = n == 0;
        self.read += n as u64;
        if self.read > self.max_bytes {
            return Err(io::Error::other(Limit::File(
                self.max_bytes / (1024 * 1024),
            )));
        }
        Ok(())
    }

    /// At least `n` decoded bytes ahead (fewer only at the end of the file), not consumed.
    pub(super) fn peek(&mut self, n: usize) -> io::Result<&[u8]> {
        while self.out.len() - self.out_pos < n && !self.finished {
            self.fill()?;
        }
        Ok(&self.out[self.out_pos..])
    }

    /// Reads a chunk and decodes what of it can be decoded.
    fn fill(&mut self) -> io::Result<()> {
        if self.out_pos == self.out.len() {
            self.out.clear();
            self.out_pos = 0;
        }
        if !self.eof {
            self.read_more(CHUNK)?;
        }
        if self.encoding == Encoding::Ascii {
            let ascii = self.raw.iter().position(|b| !b.is_ascii());
            let Some(at) = ascii else {
                let raw = std::mem::take(&mut self.raw);
                self.push(&raw);
                self.raw = raw;
                self.raw.clear();
                self.finish();
                return Ok(());
            };
            // Enough text after the first non-ASCII byte to tell the encodings apart.
            while self.raw.len() - at < SNIFF && !self.eof {
                self.read_more(SNIFF)?;
            }
            self.encoding = utf8_or_1252(&self.raw[at..], self.eof);
        }
        let raw = std::mem::take(&mut self.raw);
        let used = match self.encoding {
            Encoding::Ascii | Encoding::Utf8 => self.utf8(&raw),
            Encoding::Utf16 { le } => self.utf16(&raw, le),
            Encoding::Windows1252 => {
                let text: String = raw.iter().map(|&b| windows_1252(b)).collect();
                self.push(text.as_bytes());
                raw.len()
            }
        };
        self.raw = raw;
        self.raw.drain(..used);
        self.finish();
        Ok(())
    }

    fn finish(&mut self) {
        if self.eof && self.raw.is_empty() && !self.finished {
            self.finished = true;
            if self.last.is_some_and(|b| b != b'\n') {
                self.out.push(b'\n');
            }
        }
    }

    /// UTF-8, bad bytes as U+FFFD; returns how many bytes were used.
    fn utf8(&mut self, raw: &[u8]) -> usize {
        let mut pos = 0;
        while pos < raw.len() {
            match std::str::from_utf8(&raw[pos..]) {
                Ok(_) => {
                    self.push(&raw[pos..]);
                    pos = raw.len();
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    self.push(&raw[pos..pos + valid]);
                    match e.error_len() {
                        Some(bad) => {
                            self.push("\u{FFFD}".as_bytes());
                            pos += valid + bad;
                        }
                        None if self.eof => {
                            self.push("\u{FFFD}".as_bytes());
                            pos = raw.len();
                        }
                        None => return pos + valid,
                    }
                }
            }
        }
        pos
    }

    /// UTF-16, unpaired surrogates as U+FFFD; a pair cut by the chunk's end waits for the next.
    fn utf16(&mut self, raw: &[u8], le: bool) -> usize {
        let mut units: Vec<u16> = raw
            .chunks_exact(2)
            .map(|p| {
                if le {
                    u16::from_le_bytes([p[0], p[1]])
                } else {
                    u16::from_be_bytes([p[0], p[1]])
                }
            })
            .collect();
        let mut used = units.len() * 2;
        if !self.eof && units.last().is_some_and(|u| (0xD800..0xDC00).contains(u)) {
            units.pop();
            used -= 2;
        }
        if self.eof {
            // An odd last byte is not a character.
            used = raw.len();
        }
        let text: String = char::decode_utf16(units)
            .map(|c| c.unwrap_or('\u{FFFD}'))
            .collect();
        self.push(text.as_bytes());
        used
    }

    /// Appends decoded UTF-8, turning CRLF and lone CR into `\n`.
    fn push(&mut self, mut text: &[u8]) {
        if text.is_empty() {
            return;
        }
        if std::mem::take(&mut self.after_cr) && text[0] == b'\n' {
            text = &text[1..];
        }
        while let Some(cr) = text.iter().position(|&b| b == b'\r') {
            self.out.extend_from_slice(&text[..cr]);
            self.out.push(b'\n');
            match text.get(cr + 1) {
                Some(b'\n') => text = &text[cr + 2..],
                Some(_) => text = &text[cr + 1..],
                None => {
                    self.after_cr = true;
                    self.last = Some(b'\n');
                    return;
                }
            }
        }
        self.out.extend_from_slice(text);
        if let Some(&b) = self.out.last() {
            self.last = Some(b);
        }
    }
}

impl<R: Read> Read for Decoder<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.out_pos == self.out.len() {
            if self.finished {
                return Ok(0);
            }
            self.fill()?;
        }
        let n = buf.len().min(self.out.len() - self.out_pos);
        buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
        self.out_pos += n;
        Ok(n)
    }
}

/// The encoding the first bytes show, and the length of its BOM.
fn sniff(head: &[u8]) -> (Encoding, usize) {
    if head.starts_with(&[0xEF, 0xBB, 0xBF]) {
        return (Encoding::Utf8, 3);
    }
    if head.starts_with(&[0xFF, 0xFE]) {
        return (Encoding::Utf16 { le: true }, 2);
    }
    if head.starts_with(&[0xFE, 0xFF]) {
        return (Encoding::Utf16 { le: false }, 2);
    }
    // Text never holds NUL bytes, but UTF-16 of Latin letters holds one in every pair: after
    // the letter (little-endian) or before it (big-endian).
    let pairs = head.len() / 2;
    let zeros = |first: bool| {
        head.chunks_exact(2)
            .filter(|p| p[usize::from(!first)] == 0)
            .count()
    };
    let (even, odd) = (zeros(true), zeros(false));
    if pairs >= 2 && odd * 4 >= pairs && even * 8 <= odd {
        return (Encoding::Utf16 { le: true }, 0);
    }
    if pairs >= 2 && even * 4 >= pairs && odd * 8 <= even {
        return (Encoding::Utf16 { le: false }, 0);
    }
    (Encoding::Ascii, 0)
}

/// UTF-8 if the text from the first non-ASCII byte on is valid UTF-8 (a character cut at the
/// end aside), else Windows-1252.
fn utf8_or_1252(text: &[u8], eof: bool) -> Encoding {
    match std::str::from_utf8(text) {
        Ok(_) => Encoding::Utf8,
        Err(e) if e.error_len().is_none() && (!eof || e.valid_up_to() > 0) => Encoding::Utf8,
        Err(_) => Encoding::Windows1252,
    }
}

/// Windows-1252 is Latin-1 but for 0x80–0x9F, where it keeps the typographic marks.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

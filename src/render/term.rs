//! How text output is laid out for where it goes: a terminal of a known width (tables fit it,
//! severity in colour unless turned off) or a pipe, a file or a cron mail (no colour, 100
//! columns, long descriptions on their own indented lines). The command layer decides
//! ([`crate::context::Context::term`]); the renderers only take this value. Pure.

use comfy_table::{Cell, Color, ContentArrangement, LineStyle, Table, TableStyle};

/// Columns apart by spaces, a rule under the header, no boxes: every column costs two
/// characters, not three plus borders, so a tablets table still reads at 80 columns (kubectl's
/// look, which operators know).
const HOUSE_STYLE: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('─').junction('─'));

/// Where the text is going.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Columns to fit.
    pub width: u16,
    /// A terminal (tables with wrapped cells) rather than a pipe or file (descriptions on lines
    /// of their own, which stay readable in a mail client and in `grep`).
    pub tty: bool,
    /// ANSI colour for severities.
    pub color: bool,
}

/// The width text for a pipe or a file is laid out for: what a mail client or a 100-column
/// terminal shows without wrapping.
pub const PIPE_WIDTH: u16 = 100;

impl Term {
    /// Not a terminal: 100 columns, no colour.
    pub const PIPE: Term = Term { width: PIPE_WIDTH, tty: false, color: false };

    /// A terminal of `width` columns, without colour.
    #[cfg(test)]
    pub fn terminal(width: u16) -> Term {
        Term { width, tty: true, color: false }
    }

    /// A table in the house style that fits `self.width` (comfy-table's dynamic arrangement
    /// wraps the widest cells first), styled only when colour is on.
    pub fn table(&self, header: &[&str]) -> Table {
        let mut t = Table::new();
        t.load_style(HOUSE_STYLE)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(self.width);
        if self.color {
            t.enforce_styling();
        } else {
            t.force_no_tty();
        }
        t.set_header(header.to_vec());
        // Two spaces between columns, none before the first or after the last.
        let last = header.len().saturating_sub(1);
        for (i, c) in t.column_iter_mut().enumerate() {
            c.set_padding((0, if i == last { 0 } else { 1 }));
        }
        t
    }

    /// Columns `cols` (aliases, addresses) are never broken inside; the others wrap.
    pub fn keep_whole(t: &mut Table, cols: &[usize]) {
        for i in cols {
            if let Some(c) = t.column_mut(*i) {
                c.set_constraint(comfy_table::ColumnConstraint::ContentWidth);
            }
        }
    }

    /// `rows` (text and severity per cell) under `header` as the house table when every cell
    /// fits on one line within the width, laid out here in one pass: the same text comfy-table
    /// gives then (columns two apart, a rule under the header, no trailing blanks), without
    /// its per-cell arrangement, which cost 74 % of `status` at 10,000 tablets. None when
    /// something must wrap: comfy-table's dynamic arrangement does that.
    pub fn aligned(&self, header: &[&str], rows: &[Vec<(String, Sev)>]) -> Option<String> {
        let mut w: Vec<usize> = header.iter().map(|h| textwrap::core::display_width(h)).collect();
        for row in rows {
            for (i, (text, _)) in row.iter().enumerate().take(w.len()) {
                w[i] = w[i].max(textwrap::core::display_width(text));
            }
        }
        let total = w.iter().sum::<usize>() + 2 * w.len().saturating_sub(1);
        if total > usize::from(self.width) {
            return None;
        }
        let mut out = String::with_capacity((rows.len() + 2) * (total + 8));
        let line = |cells: &mut dyn Iterator<Item = (&str, Sev)>, out: &mut String| {
            let start = out.len();
            for (i, (text, sev)) in cells.enumerate() {
                if i > 0 {
                    out.push_str("  ");
                }
                out.push_str(&self.paint(text, sev));
                let pad = w[i].saturating_sub(textwrap::core::display_width(text));
                out.extend(std::iter::repeat_n(' ', pad));
            }
            let end = out.trim_end_matches(' ').len().max(start);
            out.truncate(end);
            out.push('\n');
        };
        line(&mut header.iter().map(|h| (*h, Sev::Plain)), &mut out);
        out.extend(std::iter::repeat_n('─', total));
        out.push('\n');
        for row in rows {
            line(&mut row.iter().take(w.len()).map(|(t, s)| (t.as_str(), *s)), &mut out);
        }
        out.pop();
        Some(out)
    }

    /// The table as text without trailing blanks.
    pub fn finish(t: &Table) -> String {
        t.lines().map(|l| l.trim_end().to_string()).collect::<Vec<_>>().join("\n")
    }

    /// A cell coloured by severity when colour is on (the word itself always says it).
    pub fn cell(&self, text: impl ToString, sev: Sev) -> Cell {
        let c = Cell::new(text);
        match (self.color, sev.color()) {
            (true, Some(col)) => c.fg(col),
            _ => c,
        }
    }

    /// `text` in the severity's colour when colour is on.
    pub fn paint(&self, text: &str, sev: Sev) -> String {
        let code = match (self.color, sev) {
            (false, _) | (true, Sev::Plain) => return text.to_string(),
            (true, Sev::Critical) => "31;1",
            (true, Sev::Warning) => "33",
            (true, Sev::Ok) => "32",
            (true, Sev::Muted) => "2",
        };
        format!("\x1b[{code}m{text}\x1b[0m")
    }

    /// Every line of `text` longer than the width wrapped, its continuation lines indented four
    /// more than the line itself (plans and reports keep their own indentation). Numbered lines
    /// (a plan's steps and candidates: SQL an operator copies) are never broken.
    pub fn wrap_lines(&self, text: &str) -> String {
        let width = usize::from(self.width);
        let mut out = String::with_capacity(text.len() + 64);
        for line in text.lines() {
            let numbered = line.trim_start().starts_with(|c: char| c.is_ascii_digit());
            if numbered || textwrap::core::display_width(line) <= width {
                out.push_str(line);
                out.push('\n');
                continue;
            }
            let lead = line.len() - line.trim_start().len();
            let first = &line[..lead];
            let rest = " ".repeat(lead + 4);
            let opts = textwrap::Options::new(width.max(lead + 24))
                .initial_indent(first)
                .subsequent_indent(&rest)
                .word_splitter(textwrap::WordSplitter::NoHyphenation);
            out.push_str(&textwrap::fill(line.trim_start(), opts));
            out.push('\n');
        }
        if !text.ends_with('\n') {
            out.pop();
        }
        out
    }

    /// `text` wrapped to the width, every line starting with `indent` spaces.
    pub fn indented(&self, text: &str, indent: usize) -> String {
        let pad = " ".repeat(indent);
        let width = usize::from(self.width).max(indent + 20);
        let opts = textwrap::Options::new(width)
            .initial_indent(&pad)
            .subsequent_indent(&pad)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        let mut s = textwrap::fill(text, opts);
        s.push('\n');
        s
    }
}

/// How bad something is, for colour (never the only sign: a word always says it too).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sev {
    Critical,
    Warning,
    Ok,
    /// Unknown or not yet seen: dimmed.
    Muted,
    Plain,
}

impl Sev {
    fn color(self) -> Option<Color> {
        match self {
            Sev::Critical => Some(Color::Red),
            Sev::Warning => Some(Color::Yellow),
            Sev::Ok => Some(Color::Green),
            Sev::Muted => Some(Color::DarkGrey),
            Sev::Plain => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_fit_the_width_and_colour_only_when_asked() {
        let long = "word ".repeat(60);
        for width in [80u16, 120] {
            let term = Term::terminal(width);
            let mut t = term.table(&["A", "B"]);
            t.add_row([term.cell("x", Sev::Critical), Cell::new(&long)]);
            let text = t.to_string();
            for line in text.lines() {
                let cols = textwrap::core::display_width(line);
                assert!(cols <= usize::from(width), "{cols} > {width}: {line}");
            }
            assert!(!text.contains('\x1b'), "no colour unless asked: {text:?}");
        }
        let term = Term { color: true, ..Term::terminal(80) };
        let mut t = term.table(&["A"]);
        t.add_row([term.cell("CRITICAL", Sev::Critical)]);
        assert!(t.to_string().contains("\x1b["), "colour when asked");
        assert_eq!(term.paint("x", Sev::Plain), "x");
        assert_eq!(Term::PIPE.paint("x", Sev::Critical), "x");
    }

    #[test]
    fn long_plan_lines_wrap_under_their_own_indentation() {
        let step = format!(
            "   1. [zone1-0000000102 127.0.0.1:23307] CHANGE MASTER TO {}",
            "x ".repeat(60)
        );
        let text = format!("a\n  problem: {}\n{step}\nb", "x ".repeat(80));
        let w = Term::PIPE.wrap_lines(&text);
        assert!(w.contains(&step), "a step stays whole: {w}");
        let w = w.replace(&format!("{step}\n"), "");
        assert!(w.starts_with("a\n  problem: x"), "{w}");
        assert!(w.ends_with("\nb"), "{w:?}");
        assert!(w.lines().all(|l| l.len() <= 100), "{w}");
        assert!(w.lines().nth(2).is_some_and(|l| l.starts_with("      x")), "{w}");
    }

    /// The one-pass layout is the text comfy-table gives when nothing wraps, so which one ran
    /// never shows.
    #[test]
    fn aligned_is_comfy_tables_text_when_it_fits() {
        let term = Term::terminal(80);
        let rows: Vec<Vec<(String, Sev)>> = vec![
            vec![("zone1-0000000101 *".into(), Sev::Plain), ("NO SOURCE".into(), Sev::Plain)],
            vec![("commerce/0:".into(), Sev::Plain)],
            vec![("zone1-0000000102".into(), Sev::Plain), ("REPLICATING".into(), Sev::Plain)],
        ];
        let fast = term.aligned(&["TABLET", "STATE"], &rows).expect("fits");
        let mut t = term.table(&["TABLET", "STATE"]);
        for r in &rows {
            t.add_row(r.iter().map(|(x, _)| Cell::new(x)).collect::<Vec<_>>());
        }
        assert_eq!(fast, Term::finish(&t));
        let long = vec![vec![("x".repeat(90), Sev::Plain)]];
        assert_eq!(term.aligned(&["A"], &long), None, "wider than the terminal: comfy-table");
    }

    #[test]
    fn indented_lines_wrap_at_the_width() {
        let text = Term::PIPE.indented(&"abcdefgh ".repeat(30), 6);
        assert!(text.lines().count() > 2);
        for l in text.lines() {
            assert!(l.starts_with("      ") && l.len() <= 100, "{l:?}");
        }
    }
}

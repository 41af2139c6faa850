//! Small text formatters shared by the renderers: UTC timestamps, ages and durations, and the
//! removal of control characters from text bound for a terminal. Pure; no I/O, no clock.

/// Unix ms as ISO 8601 UTC, `2025-12-31T23:59:59Z` (no time-zone database needed).
pub fn utc(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// An age in words a human scans quickly: `4 s`, `3 min`, `2 h 5 min`, `3 d 4 h`.
pub fn age(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    match s {
        0..=119 => format!("{s} s"),
        120..=7_199 => format!("{} min", s / 60),
        7_200..=172_799 => format!("{} h {} min", s / 3600, s % 3600 / 60),
        _ => format!("{} d {} h", s / 86_400, s % 86_400 / 3600),
    }
}

/// A duration: `850ms`, `12.3s`, `4m05s`.
pub fn duration(ms: i64) -> String {
    match ms {
        ..=999 => format!("{}ms", ms.max(0)),
        1000..=59_999 => format!("{:.1}s", ms as f64 / 1000.0),
        _ => format!("{}m{:02}s", ms / 60_000, ms % 60_000 / 1000),
    }
}

/// An offset from the start of a recovery: `+0.000s`, `+12.345s`.
pub fn offset(ms: i64) -> String {
    let sign = if ms < 0 { "-" } else { "+" };
    let a = ms.unsigned_abs();
    format!("{sign}{}.{:03}s", a / 1000, a % 1000)
}

/// Replaces control characters (escape sequences in a MySQL error or a planted etcd record
/// could otherwise rewrite the operator's terminal) with `\u{..}` text; newlines become spaces
/// so one value stays on one table row.
pub fn printable(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// Cuts `s` to at most `max` characters, ending with `…` when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_ages() {
        assert_eq!(utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(utc(951_782_400_000), "2000-02-29T00:00:00Z");
        assert_eq!(utc(1_767_225_599_999), "2025-12-31T23:59:59Z");
        assert_eq!(utc(-1000), "1969-12-31T23:59:59Z");
        assert_eq!(age(4_900), "4 s");
        assert_eq!(age(-5), "0 s");
        assert_eq!(age(180_000), "3 min");
        assert_eq!(age(7_500_000), "2 h 5 min");
        assert_eq!(age(3 * 86_400_000 + 4 * 3_600_000), "3 d 4 h");
        assert_eq!(duration(850), "850ms");
        assert_eq!(duration(12_345), "12.3s");
        assert_eq!(duration(245_000), "4m05s");
        assert_eq!(offset(0), "+0.000s");
        assert_eq!(offset(12_345), "+12.345s");
        assert_eq!(offset(-20), "-0.020s");
    }

    #[test]
    fn printable_strips_control_characters() {
        assert_eq!(printable("a\x1b[31mred\x07"), "a\\u{1b}[31mred\\u{7}");
        assert_eq!(printable("two\nlines\r\tx"), "two lines  x");
        assert_eq!(printable("zone1-0000000101 ✓"), "zone1-0000000101 ✓");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }
}

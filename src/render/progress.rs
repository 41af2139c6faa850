//! The progress bar for long probe runs: on stderr, only when stderr is a terminal and not
//! `--quiet`, so scripts and logs never see it.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

pub fn bar(len: u64, what: &str, quiet: bool) -> ProgressBar {
    // Short runs finish before a bar is worth drawing.
    if quiet || len < 20 || !std::io::stderr().is_terminal() {
        return ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::hidden());
    }
    let bar = ProgressBar::new(len).with_message(what.to_string());
    if let Ok(style) = ProgressStyle::with_template("{msg} {bar:30} {pos}/{len} tablets") {
        bar.set_style(style);
    }
    bar
}

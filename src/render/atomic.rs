//! Writes a whole file atomically for the renderers' callers (`status --html`, `watch`'s HTML
//! and metrics files): a temporary file in the same directory, fsync, rename over the target,
//! fsync of the directory. A reader (a web server, node_exporter) sees the old file or the new
//! one, never half of one. This is the one file in `render/` that does I/O.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// A failed atomic write, naming the file.
#[derive(Debug)]
pub struct WriteError {
    pub path: PathBuf,
    pub op: &'static str,
    pub source: std::io::Error,
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot {} {}: {}", self.op, self.path.display(), self.source)
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

fn err(op: &'static str, p: &Path) -> impl FnOnce(std::io::Error) -> WriteError {
    let path = p.to_path_buf();
    move |source| WriteError { path, op, source }
}

/// Replaces `path` with `bytes` atomically. The file gets mode 0644 (a status page and a
/// metrics file are meant to be read by a web server or node_exporter; neither holds secrets).
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name =
        path.file_name().map(|n| n.to_string_lossy().into_owned()).ok_or_else(|| WriteError {
            path: path.to_path_buf(),
            op: "write",
            source: std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"),
        })?;
    // Hidden, and unique per process and attempt, so two writers never share a temporary file.
    let mut tmp = None;
    for attempt in 0..100u32 {
        let candidate = dir.join(format!(".{name}.tmp.{}.{attempt}", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).mode(0o644).open(&candidate) {
            Ok(f) => {
                tmp = Some((candidate, f));
                break;
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(err("create a temporary file next to", path)(e)),
        }
    }
    let Some((tmp_path, mut file)) = tmp else {
        return Err(WriteError {
            path: path.to_path_buf(),
            op: "create a temporary file next to",
            source: std::io::Error::new(
                std::io::ErrorKind::AlreadyExists,
                "100 stale temporary files",
            ),
        });
    };
    let result = (|| {
        file.write_all(bytes).map_err(err("write", &tmp_path))?;
        file.sync_all().map_err(err("sync", &tmp_path))?;
        drop(file);
        fs::rename(&tmp_path, path).map_err(err("rename a temporary file onto", path))?;
        // The rename itself is durable only once the directory entry is on disk.
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp_path);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("status.html");
        write(&p, b"one").unwrap();
        write(&p, b"two").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        let names: Vec<_> =
            fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["status.html"]);
    }

    #[test]
    fn names_the_file_on_failure() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("missing").join("x.prom");
        let e = write(&p, b"x").unwrap_err();
        assert!(e.to_string().contains("missing/x.prom"), "{e}");
        // A directory as target: the rename fails and the temporary file is removed.
        let d = dir.path().join("adir");
        fs::create_dir(&d).unwrap();
        fs::write(d.join("keep"), b"k").unwrap();
        assert!(write(&d, b"x").is_err());
        let names: Vec<_> =
            fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names, ["adir"]);
    }
}

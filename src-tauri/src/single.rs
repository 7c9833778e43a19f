//! One window per database file: a second launch on the same file asks the running one to
//! come to the front and exits, so two windows never write the same roster at cross purposes.
//! The instances meet on a local socket named after the file (Unix; elsewhere every launch
//! opens its own window).

use std::path::{Path, PathBuf};

/// Claimed by the first launch on a file; dropped (and its socket removed) when it exits.
pub struct FirstInstance {
    /// None when the socket could not be made: the app still opens, it only cannot be found
    /// by a second launch.
    #[cfg(unix)]
    listener: Option<std::os::unix::net::UnixListener>,
    #[cfg(unix)]
    path: PathBuf,
}

/// The socket for a database file: in the runtime folder, named by a hash of the file's full
/// path (socket paths are short; database paths need not be).
fn socket_for(db: &Path) -> PathBuf {
    use std::hash::{Hash, Hasher};
    let full = match (db.parent(), db.file_name()) {
        (Some(dir), Some(name)) => std::fs::canonicalize(if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        })
        .map(|d| d.join(name))
        .unwrap_or_else(|_| db.to_path_buf()),
        _ => db.to_path_buf(),
    };
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    full.hash(&mut hasher);
    dirs::runtime_dir()
        .unwrap_or_else(std::env::temp_dir)
        .join(format!("shoutout-{:016x}.sock", hasher.finish()))
}

/// What a second launch sends, and what the running window answers once it has come forward.
#[cfg(unix)]
const KNOCK: &str = "focus\n";
#[cfg(unix)]
const ANSWER: &str = "focused\n";

/// Claims the file for this launch, or, when another window has it open, has that window come
/// to the front and returns `None`.
#[cfg(unix)]
pub fn claim(db: &Path) -> Option<FirstInstance> {
    use std::os::unix::net::{UnixListener, UnixStream};
    use std::time::{Duration, Instant};
    let path = socket_for(db);
    // A window that is closing can hold its socket a moment after it stops answering; relaunching
    // right then must open a new window, not knock on a door nobody will open. A window that
    // keeps its socket but stays silent this long is busy, not gone, so it keeps the file.
    let give_up = Instant::now() + Duration::from_secs(10);
    while let Ok(running) = UnixStream::connect(&path) {
        if knock(running) || Instant::now() > give_up {
            return None;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    // Nobody answers: a socket left by a crash is stale.
    let _ = std::fs::remove_file(&path);
    Some(FirstInstance {
        listener: UnixListener::bind(&path).ok(),
        path,
    })
}

/// Asks the running window to come forward; true once it says it has.
#[cfg(unix)]
fn knock(mut running: std::os::unix::net::UnixStream) -> bool {
    use std::io::{BufRead, BufReader, Write};
    let mut answer = String::new();
    running
        .set_read_timeout(Some(std::time::Duration::from_secs(1)))
        .is_ok()
        && running.write_all(KNOCK.as_bytes()).is_ok()
        && BufReader::new(running).read_line(&mut answer).is_ok()
        && answer == ANSWER
}

#[cfg(not(unix))]
pub fn claim(_db: &Path) -> Option<FirstInstance> {
    Some(FirstInstance {})
}

impl FirstInstance {
    /// Runs `come_forward` whenever a second launch knocks, then tells it so.
    #[cfg(unix)]
    pub fn listen(&self, come_forward: impl Fn() + Send + 'static) {
        use std::io::{BufRead, BufReader, Write};
        let Some(Ok(listener)) = self.listener.as_ref().map(|l| l.try_clone()) else {
            return;
        };
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let mut line = String::new();
                let knocked = stream
                    .try_clone()
                    .is_ok_and(|s| BufReader::new(s).read_line(&mut line).is_ok());
                if knocked && line == KNOCK {
                    come_forward();
                    let _ = stream.write_all(ANSWER.as_bytes());
                }
            }
        });
    }

    #[cfg(not(unix))]
    pub fn listen(&self, _come_forward: impl Fn() + Send + 'static) {}
}

#[cfg(unix)]
impl Drop for FirstInstance {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    #[test]
    fn a_second_launch_brings_the_first_forward_and_opens_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.db");
        let first = claim(&db).expect("the first launch has the file");
        let knocks = Arc::new(AtomicU32::new(0));
        let counted = knocks.clone();
        first.listen(move || {
            counted.fetch_add(1, Ordering::SeqCst);
        });
        assert!(claim(&db).is_none());
        assert!(claim(&db).is_none());
        assert_eq!(knocks.load(Ordering::SeqCst), 2);
        // Another file is another window.
        assert!(claim(&dir.path().join("other.db")).is_some());
    }

    #[test]
    fn a_launch_while_the_first_window_is_closing_opens_a_new_one() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.db");
        // A window in the middle of closing: its socket still takes connections, nobody answers.
        let closing = std::os::unix::net::UnixListener::bind(socket_for(&db)).unwrap();
        let gone = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(1500));
            drop(closing);
        });
        let start = Instant::now();
        let second = claim(&db).expect("a new window once the old one is gone");
        assert!(start.elapsed() >= Duration::from_millis(1500));
        gone.join().unwrap();
        // The new window is the one a third launch finds.
        second.listen(|| {});
        assert!(claim(&db).is_none());
    }

    #[test]
    fn a_socket_left_by_a_crash_is_taken_over() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("shop.db");
        drop(std::os::unix::net::UnixListener::bind(socket_for(&db)).unwrap());
        assert!(socket_for(&db).exists());
        assert!(claim(&db).is_some());
    }
}

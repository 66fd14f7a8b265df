//! The device checks of a context that no one has read yet: a result can be
//! dropped unread, and the error its check finds must still reach the
//! caller, at [`Context::synchronize`](crate::Context::synchronize).

use std::collections::VecDeque;
use std::sync::Mutex;

use robocache_core::{Check, Result};

/// Unsettled checks beyond which the oldest is settled when another comes:
/// a loop that never reads nor synchronizes then waits for the device
/// about once per this many calls, behind the work it queued long before,
/// instead of holding the checked inputs of every call it ever made.
const UNSETTLED_LIMIT: usize = 64;

/// Errors kept for the next `synchronize`, at most (the first is the one
/// reported; the rest only say that there were more).
const FAILED_LIMIT: usize = 8;

#[derive(Default)]
pub(crate) struct Pending {
    unsettled: Mutex<VecDeque<Check>>,
    /// Old checks settled to bound the list that found an error, for the
    /// next `synchronize` if no read reports it first.
    failed: Mutex<Vec<Check>>,
}

impl Pending {
    /// Remembers a check of a call that has just been queued.
    pub(crate) fn push(&self, check: Check) {
        let oldest = {
            let mut unsettled = lock(&self.unsettled);
            unsettled.retain(|c| !c.passed());
            unsettled.push_back(check);
            if unsettled.len() > UNSETTLED_LIMIT {
                unsettled.pop_front()
            } else {
                None
            }
        };
        // Settled outside the lock: it may wait for the device.
        if let Some(oldest) = oldest {
            if oldest.fails() {
                let mut failed = lock(&self.failed);
                if failed.len() < FAILED_LIMIT {
                    failed.push(oldest);
                }
            }
        }
    }

    /// Settles every check and returns the first error among them that no
    /// read has reported, in the order the calls were made; then forgets
    /// them all.
    pub(crate) fn settle_all(&self) -> Result<()> {
        let failed: Vec<Check> = lock(&self.failed).drain(..).collect();
        let unsettled: Vec<Check> = lock(&self.unsettled).drain(..).collect();
        let mut first = Ok(());
        for check in failed.into_iter().chain(unsettled) {
            let error = check.unreported();
            if first.is_ok() {
                first = error;
            }
        }
        first
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use robocache_core::{Deferred, Error};

    fn failing() -> Check {
        Deferred::<()>::later(|| Err(Error::NoStreams)).as_check()
    }

    fn passing() -> Check {
        Deferred::later(|| Ok(())).as_check()
    }

    #[test]
    fn an_unread_failure_is_reported_once_by_settle_all() {
        let pending = Pending::default();
        pending.push(passing());
        pending.push(failing());
        pending.push(passing());
        assert_eq!(pending.settle_all(), Err(Error::NoStreams));
        assert_eq!(pending.settle_all(), Ok(()), "reported, then forgotten");
    }

    #[test]
    fn an_error_a_read_reported_is_not_reported_again() {
        let pending = Pending::default();
        let check = failing();
        pending.push(check.clone());
        assert_eq!(check.verdict(), Err(Error::NoStreams), "the read");
        assert_eq!(pending.settle_all(), Ok(()));
    }

    #[test]
    fn old_checks_settled_to_bound_the_list_keep_their_errors() {
        let pending = Pending::default();
        pending.push(failing());
        for _ in 0..3 * UNSETTLED_LIMIT {
            pending.push(passing());
        }
        assert!(lock(&pending.unsettled).len() <= UNSETTLED_LIMIT);
        assert_eq!(pending.settle_all(), Err(Error::NoStreams));
    }
}

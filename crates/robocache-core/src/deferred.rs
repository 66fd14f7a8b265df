//! Results the device is still computing: a GPU call queues its work and
//! returns, and what only the device can tell (a check of device-resident
//! input, the statistics of a voxelization) arrives later.

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use crate::{Error, Result};

type Settle<T> = Box<dyn FnOnce() -> Result<T> + Send>;

struct Inner<T> {
    value: OnceLock<Result<T>>,
    /// Waits for the device and makes the value; taken by the first `get`.
    settle: Mutex<Option<Settle<T>>>,
    /// Whether the error has been returned to a caller.
    reported: AtomicBool,
}

impl<T> Inner<T> {
    /// The value, settled; an error counts as reported.
    fn reported(&self) -> &Result<T> {
        let value = self.settled();
        if value.is_err() {
            self.reported.store(true, Ordering::Release);
        }
        value
    }

    fn settled(&self) -> &Result<T> {
        self.value.get_or_init(|| {
            let settle = self
                .settle
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .take();
            match settle {
                Some(settle) => settle(),
                // Only a panic inside another caller's `settle` leaves the
                // cell empty with nothing left to run.
                None => Err(Error::Device {
                    backend: "robocache",
                    message: "a deferred result's computation panicked".to_string(),
                }),
            }
        })
    }
}

/// A value, or the error that replaces it, that is settled the first time
/// it is asked for: by running `settle`, which may wait for the device.
/// Clones share the one value; asking again, from any thread, returns it
/// without waiting.
///
/// ```
/// use robocache_core::{Deferred, Error};
/// let later = Deferred::later(|| Ok(6 * 7));
/// assert!(!later.is_settled());
/// assert_eq!(*later.get()?, 42);
/// assert!(later.is_settled());
///
/// let failed: Deferred<u32> = Deferred::later(|| Err(Error::NoStreams));
/// assert_eq!(failed.check(), Err(Error::NoStreams));
/// assert_eq!(failed.get().unwrap_err(), Error::NoStreams, "the error is kept");
/// # Ok::<(), robocache_core::Error>(())
/// ```
pub struct Deferred<T>(Arc<Inner<T>>);

impl<T> Clone for Deferred<T> {
    fn clone(&self) -> Self {
        Deferred(Arc::clone(&self.0))
    }
}

impl<T> fmt::Debug for Deferred<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Deferred")
            .field("settled", &self.0.value.get().is_some())
            .finish()
    }
}

impl<T: Send + Sync + 'static> Deferred<T> {
    /// A value known now (the CPU backend's, or a host check's).
    ///
    /// ```
    /// let now = robocache_core::Deferred::ready(Ok("done"));
    /// assert!(now.is_settled());
    /// ```
    pub fn ready(value: Result<T>) -> Self {
        Deferred(Arc::new(Inner {
            value: OnceLock::from(value),
            settle: Mutex::new(None),
            reported: AtomicBool::new(false),
        }))
    }

    /// A value that `settle` makes when first asked for.
    ///
    /// ```
    /// let later = robocache_core::Deferred::later(|| Ok(1u8));
    /// assert_eq!(later.get().copied(), Ok(1));
    /// ```
    pub fn later(settle: impl FnOnce() -> Result<T> + Send + 'static) -> Self {
        Deferred(Arc::new(Inner {
            value: OnceLock::new(),
            settle: Mutex::new(Some(Box::new(settle))),
            reported: AtomicBool::new(false),
        }))
    }

    /// The value, settling it first if no one has; the error is a clone of
    /// the one kept.
    pub fn get(&self) -> Result<&T> {
        self.0.reported().as_ref().map_err(Clone::clone)
    }

    /// Settles the value and says only whether it is an error.
    pub fn check(&self) -> Result<()> {
        self.get().map(|_| ())
    }

    /// Whether the value is known, so that asking for it does not wait.
    pub fn is_settled(&self) -> bool {
        self.0.value.get().is_some()
    }

    /// The same value as a [`Check`], which forgets the value's type.
    ///
    /// ```
    /// let stats = robocache_core::Deferred::later(|| Ok(vec![1u64, 2]));
    /// let check = stats.as_check();
    /// assert_eq!(check.verdict(), Ok(()));
    /// assert!(stats.is_settled(), "a check settles the value it watches");
    /// ```
    pub fn as_check(&self) -> Check {
        Check(Arc::clone(&self.0) as Arc<dyn Verdict>)
    }
}

/// Whether a deferred value turned out an error, whatever its type.
trait Verdict: Send + Sync {
    fn verdict(&self) -> Result<()>;
    fn unreported(&self) -> Result<()>;
    fn fails(&self) -> bool;
    fn passed(&self) -> bool;
}

impl<T: Send + Sync + 'static> Verdict for Inner<T> {
    fn verdict(&self) -> Result<()> {
        self.reported().as_ref().map(|_| ()).map_err(Clone::clone)
    }

    fn unreported(&self) -> Result<()> {
        let value = self.settled();
        match value {
            Err(error) if !self.reported.swap(true, Ordering::AcqRel) => Err(error.clone()),
            _ => Ok(()),
        }
    }

    fn fails(&self) -> bool {
        self.settled().is_err()
    }

    fn passed(&self) -> bool {
        matches!(self.value.get(), Some(Ok(_)))
    }
}

/// A deferred check that a result depends on: its [`verdict`](Check::verdict)
/// is the error that replaces the result, or `Ok`. Results carry the checks
/// of their inputs, so an error found on the device reaches every result
/// computed from the bad input.
///
/// ```
/// use robocache_core::{Deferred, Error};
/// let check = Deferred::<()>::later(|| Err(Error::NoStreams)).as_check();
/// assert!(!check.passed());
/// assert_eq!(check.verdict(), Err(Error::NoStreams));
/// assert!(!check.passed(), "a check that failed never passes");
/// ```
#[derive(Clone)]
pub struct Check(Arc<dyn Verdict>);

impl fmt::Debug for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Check").field("passed", &self.passed()).finish()
    }
}

impl Check {
    /// Settles the check (waiting for the device if need be) and returns
    /// its error, if any; the same answer every time.
    pub fn verdict(&self) -> Result<()> {
        self.0.verdict()
    }

    /// Settles the check and returns its error only if neither this nor
    /// [`verdict`](Check::verdict) nor [`Deferred::get`] has returned it
    /// before: for reporting, once, the errors of results never read.
    ///
    /// ```
    /// use robocache_core::{Deferred, Error};
    /// let check = Deferred::<()>::later(|| Err(Error::NoStreams)).as_check();
    /// assert_eq!(check.unreported(), Err(Error::NoStreams));
    /// assert_eq!(check.unreported(), Ok(()), "reported already");
    /// assert_eq!(check.verdict(), Err(Error::NoStreams), "the verdict stays");
    /// ```
    pub fn unreported(&self) -> Result<()> {
        self.0.unreported()
    }

    /// Settles the check and says whether it found an error, which does
    /// not count as reporting it.
    ///
    /// ```
    /// let check = robocache_core::Deferred::<()>::later(|| Ok(())).as_check();
    /// assert!(!check.fails());
    /// assert!(check.passed());
    /// ```
    pub fn fails(&self) -> bool {
        self.0.fails()
    }

    /// Whether the check is settled and found nothing: such a check can be
    /// forgotten.
    pub fn passed(&self) -> bool {
        self.0.passed()
    }

    /// Whether both watch the same value.
    pub fn same(&self, other: &Check) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

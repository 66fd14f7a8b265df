//! A recording's bytes, read front to back.
//!
//! A bag is read once, start to end, and is larger than anything else a
//! conversion touches. Through the page cache, reading a cold 1.2 GB bag
//! took 0.4-0.7 s of kernel time on the 2-core CI machine (allocating,
//! filling and copying out of its pages), and `O_DIRECT` 0.03-0.05 s
//! (`benches/RESULTS.md`); on two cores that time is the conversion's. So a
//! large file that is mostly not cached is read with `O_DIRECT`, on a
//! thread that keeps the next blocks coming while the parser works, and
//! memory holds [`BLOCKS`] x [`BLOCK_BYTES`] of it. A cached file is read
//! through the cache, which is then the faster source.

use std::fs::File;
use std::io::{self, BufReader, Read};
use std::path::Path;
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender};
use std::thread::JoinHandle;

/// Bytes per read: requests this large keep a virtual disk at its rate, and
/// are few enough that the thread's wake-ups cost nothing.
pub(crate) const BLOCK_BYTES: usize = 2 << 20;

/// Blocks in flight: one being parsed, the others read ahead.
pub(crate) const BLOCKS: usize = 4;

/// Files below this size are read through the page cache: bypassing it
/// saves too little to be worth a second open.
const DIRECT_MIN_BYTES: u64 = 64 << 20;

/// A recording file opened to be read front to back: through the page
/// cache, or with `O_DIRECT` on a thread that reads ahead.
pub(crate) enum SequentialFile {
    /// A small file, a cached one, or a system without direct reads: the
    /// kernel's own read-ahead serves it. Reads of at least the buffer's
    /// size go straight into the caller's memory.
    Cached(BufReader<File>),
    /// A large file, mostly not cached.
    Direct(ReadAhead),
}

impl SequentialFile {
    /// Opens `path`: direct when it is at least [`DIRECT_MIN_BYTES`] and at
    /// most half of it is in the page cache, on Linux.
    pub(crate) fn open(path: &Path) -> io::Result<Self> {
        let file = File::open(path)?;
        let len = file.metadata()?.len();
        let uncached = len >= DIRECT_MIN_BYTES && cached_fraction(&file).is_some_and(|cached| cached <= 0.5);
        if uncached {
            if let Some(direct) = Source::direct(path) {
                return Ok(Self::Direct(ReadAhead::start(path, direct)?));
            }
        }
        Ok(Self::Cached(BufReader::with_capacity(CACHED_BUFFER_BYTES, file)))
    }
}

impl Read for SequentialFile {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        match self {
            Self::Cached(file) => file.read(out),
            Self::Direct(file) => file.read(out),
        }
    }
}

/// The buffer of a file read through the cache: it gathers the small reads
/// of record headers into one syscall, and a small one lets a chunk's body
/// bypass it into the parser's memory (1 MiB cost 0.1 s per GB in copies).
const CACHED_BUFFER_BYTES: usize = 64 << 10;

/// The unit of alignment of direct reads: their buffers, offsets and
/// lengths are multiples of it. Every Linux file system's logical block is
/// at most a page, and 4 KiB covers the common pages and disks.
const ALIGN: usize = 4096;

/// Memory aligned for direct reads.
#[derive(Clone, Copy, bytemuck::Pod, bytemuck::Zeroable)]
#[repr(C, align(4096))]
struct Page([u8; ALIGN]);

/// One block of the file and how many of its bytes were read.
struct Block {
    pages: Vec<Page>,
    len: usize,
}

impl Block {
    fn new() -> Self {
        Self {
            // Zeroed by the allocator: pages are touched as they are read.
            pages: bytemuck::zeroed_vec(BLOCK_BYTES / ALIGN),
            len: 0,
        }
    }

    fn bytes(&self) -> &[u8] {
        &bytemuck::cast_slice(&self.pages)[..self.len]
    }
}

/// What the reading thread hands over: a block, the end of the file, or the
/// error that stopped it.
enum Delivery {
    Block(Block),
    End,
    Failed(io::Error),
}

/// A file's bytes in order, read with `O_DIRECT` ahead of the caller on a
/// thread of its own.
pub(crate) struct ReadAhead {
    delivered: Option<Receiver<Delivery>>,
    /// Read blocks go back to the thread to be filled again.
    spare: Option<Sender<Block>>,
    current: Option<Block>,
    position: usize,
    /// The end was reached, or an error returned; reads give 0 after.
    done: bool,
    thread: Option<JoinHandle<()>>,
}

impl ReadAhead {
    /// Starts the thread reading `source`, the file at `path`, from its
    /// start.
    fn start(path: &Path, source: Source) -> io::Result<Self> {
        let path = path.to_path_buf();
        let (delivered_tx, delivered) = sync_channel(BLOCKS);
        let (spare, spare_rx) = channel();
        for _ in 0..BLOCKS {
            // The receiver is alive: it is moved into the thread below.
            let _ = spare.send(Block::new());
        }
        let thread = std::thread::Builder::new()
            .name("recording-reader".into())
            .spawn(move || read_blocks(source, &path, &spare_rx, &delivered_tx))?;
        Ok(Self {
            delivered: Some(delivered),
            spare: Some(spare),
            current: None,
            position: 0,
            done: false,
            thread: Some(thread),
        })
    }

    /// Whether the next block is in hand; false at the end. An error of
    /// the thread is returned once.
    fn next_block(&mut self) -> io::Result<bool> {
        if let (Some(block), Some(spare)) = (self.current.take(), &self.spare) {
            // The thread stops only once it is done: no blocks are lost
            // that it still needs.
            let _ = spare.send(block);
        }
        self.position = 0;
        if self.done {
            return Ok(false);
        }
        let delivery = self.delivered.as_ref().and_then(|d| d.recv().ok());
        match delivery {
            Some(Delivery::Block(block)) => {
                self.current = Some(block);
                Ok(true)
            }
            Some(Delivery::End) => {
                self.done = true;
                Ok(false)
            }
            Some(Delivery::Failed(e)) => {
                self.done = true;
                Err(e)
            }
            None => {
                self.done = true;
                Err(io::Error::other("the thread reading the file stopped"))
            }
        }
    }
}

impl Read for ReadAhead {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        loop {
            if let Some(block) = &self.current {
                let rest = &block.bytes()[self.position..];
                if !rest.is_empty() {
                    let n = rest.len().min(out.len());
                    out[..n].copy_from_slice(&rest[..n]);
                    self.position += n;
                    return Ok(n);
                }
            }
            if !self.next_block()? {
                return Ok(0);
            }
        }
    }
}

impl Drop for ReadAhead {
    fn drop(&mut self) {
        // With both channels closed the thread's next send or receive
        // fails, after at most the read it is in.
        self.delivered = None;
        self.spare = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The thread: fills spare blocks and delivers them in order until the end
/// of the file, an error, or the reader's going away.
fn read_blocks(mut source: Source, path: &Path, spare: &Receiver<Block>, delivered: &SyncSender<Delivery>) {
    let mut offset = 0u64;
    loop {
        let Ok(mut block) = spare.recv() else { return };
        let delivery = match source.fill(path, offset, &mut block) {
            Ok(0) => Delivery::End,
            Ok(n) => {
                offset += n as u64;
                Delivery::Block(block)
            }
            Err(e) => Delivery::Failed(e),
        };
        let last = !matches!(delivery, Delivery::Block(_));
        if delivered.send(delivery).is_err() || last {
            return;
        }
    }
}

/// The open file, read directly or through the cache.
enum Source {
    Cached(File),
    Direct(File),
}

impl Source {
    #[cfg(target_os = "linux")]
    fn direct(path: &Path) -> Option<Self> {
        use std::os::unix::fs::OpenOptionsExt;
        // Refused (EINVAL) by file systems without direct I/O, tmpfs among
        // them before Linux 6.6: the file is then read through the cache.
        let file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_DIRECT)
            .open(path)
            .ok()?;
        Some(Self::Direct(file))
    }

    #[cfg(not(target_os = "linux"))]
    fn direct(_path: &Path) -> Option<Self> {
        None
    }

    /// Fills `block` from `offset`, where the last fill ended; the bytes
    /// read, fewer than a block only at the end of the file.
    fn fill(&mut self, path: &Path, offset: u64, block: &mut Block) -> io::Result<usize> {
        let buffer: &mut [u8] = bytemuck::cast_slice_mut(&mut block.pages);
        let mut filled = 0;
        while filled < buffer.len() {
            let read = match self {
                // Each direct read starts at an aligned offset into an
                // aligned buffer: blocks are whole pages, and only the
                // file's last read ends off a page.
                Self::Direct(file) if filled % ALIGN == 0 => file.read(&mut buffer[filled..]),
                Self::Direct(_) => {
                    // The last read ended off a page: the end of the file,
                    // or a short read that direct reads cannot go on from.
                    // The cache can, and finds which.
                    self.continue_cached(path, offset + filled as u64)?;
                    continue;
                }
                Self::Cached(file) => file.read(&mut buffer[filled..]),
            };
            match read {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                // A file system that opened the file for direct reads but
                // refuses them.
                Err(e) if matches!(self, Self::Direct(_)) && e.kind() == io::ErrorKind::InvalidInput => {
                    self.continue_cached(path, offset + filled as u64)?;
                }
                Err(e) => return Err(e),
            }
        }
        block.len = filled;
        Ok(filled)
    }

    /// Goes on reading through the page cache, from `offset`.
    fn continue_cached(&mut self, path: &Path, offset: u64) -> io::Result<()> {
        use std::io::{Seek, SeekFrom};
        let mut file = File::open(path)?;
        file.seek(SeekFrom::Start(offset))?;
        *self = Self::Cached(file);
        Ok(())
    }
}

/// The fraction of `file`'s pages in the page cache (`fincore`'s count),
/// or `None` where it cannot be asked. A process that neither owns the file
/// nor may write it is told only of the pages it has mapped itself, so
/// a cached file of another user's reads as uncached: it is then read from
/// the disk, correctly, if not at the cache's speed.
#[cfg(target_os = "linux")]
fn cached_fraction(file: &File) -> Option<f64> {
    let map = crate::bag::map_file(file).ok()?;
    if map.is_empty() {
        return None;
    }
    // SAFETY: sysconf reads a constant of the system; it has no memory
    // arguments.
    let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).ok()?;
    let mut resident = vec![0u8; map.len().div_ceil(page)];
    // SAFETY: the range is the whole mapping, which lives until the end of
    // this function, and `resident` has the one byte per page of it that
    // mincore writes. mincore reads none of the mapped memory.
    let status = unsafe { libc::mincore(map.as_ptr().cast_mut().cast(), map.len(), resident.as_mut_ptr()) };
    if status != 0 {
        return None;
    }
    let cached = resident.iter().filter(|&&r| r & 1 == 1).count();
    Some(cached as f64 / resident.len() as f64)
}

#[cfg(not(target_os = "linux"))]
fn cached_fraction(_file: &File) -> Option<f64> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A file of `len` bytes that tell their own offsets.
    fn file_of(len: usize) -> (tempfile::NamedTempFile, Vec<u8>) {
        let bytes: Vec<u8> = (0..len).map(|i| (i * 7 + i / 4093) as u8).collect();
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(&bytes).unwrap();
        file.flush().unwrap();
        (file, bytes)
    }

    fn read_all(mut reader: impl Read, chunk: usize) -> Vec<u8> {
        let mut out = Vec::new();
        let mut buffer = vec![0u8; chunk];
        loop {
            match reader.read(&mut buffer).unwrap() {
                0 => break,
                n => out.extend_from_slice(&buffer[..n]),
            }
        }
        out
    }

    /// The file read ahead with `O_DIRECT` or, where the file system
    /// refuses it, through the cache on the same thread.
    fn read_ahead(path: &Path) -> ReadAhead {
        let source = Source::direct(path).unwrap_or_else(|| Source::Cached(File::open(path).unwrap()));
        ReadAhead::start(path, source).unwrap()
    }

    #[test]
    fn every_byte_comes_in_order_however_it_is_read() {
        // Empty, shorter than a page, off a page at the end, exactly the
        // blocks in flight, and more blocks than are in flight.
        for len in [
            0,
            100,
            3 * ALIGN + 17,
            BLOCKS * BLOCK_BYTES,
            2 * BLOCKS * BLOCK_BYTES + 4095,
        ] {
            let (file, bytes) = file_of(len);
            for chunk in [9, 1 << 20, 3 * BLOCK_BYTES] {
                let cached = SequentialFile::Cached(BufReader::new(File::open(file.path()).unwrap()));
                assert!(
                    read_all(cached, chunk) == bytes,
                    "{len} bytes, cached, reads of {chunk}"
                );
                let direct = read_ahead(file.path());
                assert!(
                    read_all(direct, chunk) == bytes,
                    "{len} bytes, direct, reads of {chunk}"
                );
            }
        }
    }

    #[test]
    fn a_reader_dropped_early_stops_its_thread() {
        let (file, bytes) = file_of(3 * BLOCKS * BLOCK_BYTES);
        let mut reader = read_ahead(file.path());
        let mut first = vec![0u8; 1000];
        reader.read_exact(&mut first).unwrap();
        assert_eq!(first, bytes[..1000]);
        // Joins the thread, which is blocked handing over a block.
        drop(reader);
    }

    #[test]
    fn small_files_are_read_through_the_cache() {
        let (file, _) = file_of(1000);
        assert!(matches!(
            SequentialFile::open(file.path()).unwrap(),
            SequentialFile::Cached(_)
        ));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_large_file_out_of_the_page_cache_is_read_direct() {
        use std::os::fd::AsRawFd;
        let (file, bytes) = file_of(DIRECT_MIN_BYTES as usize + 3 * ALIGN + 5);
        file.as_file().sync_all().unwrap();
        // SAFETY: posix_fadvise takes the descriptor of an open file and
        // touches no memory of this process.
        let advised =
            unsafe { libc::posix_fadvise(file.as_file().as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED) };
        assert_eq!(advised, 0);
        let cached = cached_fraction(&File::open(file.path()).unwrap()).unwrap();
        if cached > 0.5 || Source::direct(file.path()).is_none() {
            // tmpfs keeps its pages, and some file systems refuse O_DIRECT.
            eprintln!("not run: the file stays in the page cache here ({cached:.2}), or O_DIRECT is refused");
            return;
        }
        let opened = SequentialFile::open(file.path()).unwrap();
        assert!(matches!(opened, SequentialFile::Direct(_)));
        assert!(read_all(opened, 1 << 20) == bytes);
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_cached_file_is_seen_cached() {
        let (file, _) = file_of(8 * ALIGN);
        // Just written, so in the page cache.
        let fraction = cached_fraction(&File::open(file.path()).unwrap()).unwrap();
        assert!(fraction > 0.5, "{fraction}");
    }
}

//! The host side of resampling and fusion: validation, the kernel's
//! configuration, and its launch.

use std::borrow::Cow;

use cubecl::prelude::*;
use robocache_core::{
    stream_tensor_name, validate_lengths, validate_source_times, validate_target_times, DType, Deferred,
    Error, FusePlan, InterpMode, KnownValid, Result,
};

use super::kernel::{
    check_finite_times, check_lengths, check_source_times, fuse_kernel, FuseConfig, StreamConfig,
};
use crate::buffer::{GpuBuffer, GpuInput};
use crate::device::{guarded, packing, Gpu, WordsLater, UNITS};

/// Output elements a fusion cube fills: large cubes amortise the segment
/// searches, but a small output needs many cubes to occupy the GPU, so the
/// size follows the output (about 512 cubes), within these bounds. Measured
/// on the H100 (benches/RESULTS.md).
const FUSE_ELEMENTS_PER_CUBE: std::ops::RangeInclusive<usize> = 2048..=16384;

const FUSE_TARGET_CUBES: usize = 512;

/// Fixes the output elements per fusion cube instead (a tuning knob, read
/// once per process).
pub const FUSE_ELEMENTS_ENV: &str = "ROBOCACHE_FUSE_ELEMENTS_PER_CUBE";

fn fuse_elements_per_cube(output_elements: usize) -> usize {
    static FIXED: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    let fixed = FIXED.get_or_init(|| robocache_core::tuning_knob(FUSE_ELEMENTS_ENV));
    fixed.unwrap_or_else(|| {
        (output_elements / FUSE_TARGET_CUBES)
            .clamp(*FUSE_ELEMENTS_PER_CUBE.start(), *FUSE_ELEMENTS_PER_CUBE.end())
    })
}

/// Most output rows in one fusion cube (bounds its shared memory).
const FUSE_MAX_ROWS_PER_CUBE: usize = 64;

/// Most (row, stream) segments one fusion cube keeps in shared memory: 16 KiB,
/// the smallest workgroup memory WebGPU guarantees.
const FUSE_MAX_SLOTS: usize = 1024;

/// One stream of a fusion.
#[derive(Debug, Clone, Copy)]
pub struct GpuStream<'a> {
    /// `[B, S, D]` samples.
    pub data: GpuInput<'a>,
    /// `[B, S]` times.
    pub times: GpuInput<'a>,
    /// `[B]` lengths of ragged rows.
    pub lengths: Option<GpuInput<'a>>,
}

/// The times and lengths of one stream: what validation looks at.
struct TimeInputs<'a> {
    times: GpuInput<'a>,
    lengths: Option<GpuInput<'a>>,
}

impl<'a> TimeInputs<'a> {
    fn of(stream: &GpuStream<'a>) -> Self {
        TimeInputs {
            times: stream.times,
            lengths: stream.lengths,
        }
    }
}

/// The device copies of the times and lengths a fusion checked on the
/// device, and the flag its check kernels set: what the host validators
/// read back if the flag is up.
struct DeviceChecked {
    status: GpuBuffer,
    times: Vec<GpuBuffer>,
    /// One entry per stream: its lengths when ragged.
    lengths: Vec<Option<GpuBuffer>>,
    targets: GpuBuffer,
}

/// The kernel configuration of a plan: modes and types fixed at compile
/// time, shapes left to run time so that one compiled kernel serves every
/// batch size and length.
fn fuse_config(plan: &FusePlan) -> FuseConfig {
    let mut ragged = 0;
    let streams = plan
        .streams
        .iter()
        .map(|s| StreamConfig {
            mode: s.mode,
            packing: packing(s.dtype),
            f64_times: s.time_dtype == DType::F64,
            lengths_slot: s.ragged.then(|| {
                ragged += 1;
                ragged - 1
            }),
            tolerance: s.tolerance.is_some(),
        })
        .collect::<Vec<_>>();
    let out = packing(plan.out_dtype);
    let k = streams.len();
    // Groups must start on a word boundary of the output and of the mask.
    let rows_for_output = if out.per_word() == 2 && plan.width % 2 == 1 {
        2
    } else {
        1
    };
    let rows_for_mask = if plan.validity { 4 / gcd(k, 4) } else { 1 };
    let granule = rows_for_output.max(rows_for_mask); // both are powers of two
    let elements = plan.batch * plan.targets * plan.width;
    let wanted = (fuse_elements_per_cube(elements) / plan.width.max(1)).clamp(1, FUSE_MAX_ROWS_PER_CUBE);
    let mut rows_per_cube = prev_power_of_two(wanted).max(granule);
    while rows_per_cube > granule && rows_per_cube * k > FUSE_MAX_SLOTS {
        rows_per_cube /= 2;
    }
    let paired =
        out.per_word() == 2
            && plan.streams.iter().zip(&streams).all(|(s, k)| {
                k.packing.per_word() == 2 && k.mode != InterpMode::Slerp && s.features % 2 == 0
            });
    FuseConfig {
        streams,
        paired,
        f64_targets: plan.target_dtype == DType::F64,
        out_packing: out,
        validity: plan.validity,
        rows_per_cube,
    }
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

fn prev_power_of_two(n: usize) -> usize {
    1 << (usize::BITS - 1 - n.max(1).leading_zeros())
}

impl<R: Runtime> Gpu<R> {
    /// Queues the resampling and fusion of `streams` at `targets` in one
    /// kernel launch; returns the output, the validity mask if the plan has
    /// one, and the check of device-resident times and lengths if there was
    /// one to make.
    ///
    /// Times and lengths readable on the host (host inputs, and the host
    /// copies small uploads keep) are validated there before anything is
    /// queued, exactly as the CPU backend does. Otherwise small check
    /// kernels look at every one on the device, and the returned check
    /// reads their flag when first asked: a flag sends the host validators
    /// over the inputs, read back, so every backend reports the same error.
    pub fn fuse(
        &self,
        plan: &FusePlan,
        streams: &[GpuStream<'_>],
        targets: GpuInput<'_>,
    ) -> Result<(GpuBuffer, Option<GpuBuffer>, Option<Deferred<()>>)> {
        if streams.len() != plan.streams.len() {
            return Err(self.device_error("fusion", "stream count differs from the plan"));
        }
        let on_host = streams
            .iter()
            .flat_map(|s| [Some(s.times), s.lengths])
            .flatten()
            .chain([targets])
            .all(|i| i.host().is_some());
        if on_host {
            let times: Vec<TimeInputs<'_>> = streams.iter().map(TimeInputs::of).collect();
            self.validate_fusion_on_host(plan, &times, targets)?;
        }
        // The flag's read is queued inside the submission, as a
        // voxelization's statistics are.
        let (values, valid, checked) = self.submit("the fusion", || {
            let (values, valid, checked) = self.enqueue_fusion(plan, streams, targets, on_host)?;
            let checked = checked
                .map(|checked| {
                    let read = self.read_words_later(vec![checked.status.clone()], "the input checks")?;
                    Ok((checked, read))
                })
                .transpose()?;
            Ok((values, valid, checked))
        })?;
        let check = checked.map(|(checked, read)| self.fusion_verdict(plan, checked, read));
        Ok((values, valid, check))
    }

    /// What the device checks of a fusion found, once their flag is read:
    /// nothing, or the error the host validators name on the inputs read
    /// back.
    fn fusion_verdict(&self, plan: &FusePlan, checked: DeviceChecked, read: WordsLater) -> Deferred<()> {
        let (gpu, plan) = (self.clone(), plan.clone());
        Deferred::later(move || {
            if read()?[0].first() == Some(&0) {
                return Ok(());
            }
            let times: Vec<TimeInputs<'_>> = checked
                .times
                .iter()
                .zip(&checked.lengths)
                .map(|(t, l)| TimeInputs {
                    times: GpuInput::Device(t, None),
                    lengths: l.as_ref().map(|l| GpuInput::Device(l, None)),
                })
                .collect();
            gpu.validate_fusion_on_host(&plan, &times, GpuInput::Device(&checked.targets, None))?;
            Err(gpu.device_error(
                "input checks",
                "a check kernel flagged a value the host validators accept",
            ))
        })
    }

    /// The device side of [`Gpu::fuse`], run inside its submission.
    fn enqueue_fusion(
        &self,
        plan: &FusePlan,
        streams: &[GpuStream<'_>],
        targets: GpuInput<'_>,
        on_host: bool,
    ) -> Result<(GpuBuffer, Option<GpuBuffer>, Option<DeviceChecked>)> {
        let config = fuse_config(plan);
        let rows = plan.batch * plan.targets;
        let values = self.alloc(plan.out_dtype, plan.output_len()?, "the resampled output")?;
        let valid = if plan.validity {
            Some(self.alloc(DType::U8, rows * plan.streams.len(), "the validity mask")?)
        } else {
            None
        };
        if rows == 0 {
            return Ok((values, valid, None));
        }

        let mut data = Vec::with_capacity(streams.len());
        let mut times = Vec::with_capacity(streams.len());
        // One entry per stream: its lengths when ragged.
        let mut lengths = Vec::with_capacity(streams.len());
        for stream in streams {
            data.push(self.on_device(stream.data, "stream samples")?);
            times.push(self.on_device(stream.times, "stream times")?);
            lengths.push(match stream.lengths {
                Some(l) => Some(self.on_device(l, "stream lengths")?),
                None => None,
            });
        }
        let targets_on_device = self.on_device(targets, "target times")?;

        let checked = if on_host {
            None
        } else {
            let status = self.launch_fusion_checks(plan, &times, &lengths, &targets_on_device)?;
            Some(DeviceChecked {
                status,
                times: times.iter().map(|t| (**t).clone()).collect(),
                lengths: lengths.iter().map(|l| l.as_deref().cloned()).collect(),
                targets: targets_on_device.clone().into_owned(),
            })
        };

        #[cfg(feature = "cuda")]
        if let Some((cuda, kernels)) =
            self.ptx_for(robocache_ptx::PtxKernels::fuse_applies(plan), "fusion")?
        {
            let buffers = crate::ptx::FusionBuffers {
                data: data.iter().map(|d| &**d).collect(),
                times: times.iter().map(|t| &**t).collect(),
                lengths: lengths.iter().map(|l| l.as_deref()).collect(),
                targets: &targets_on_device,
                values: &values,
                valid: valid.as_ref(),
            };
            cuda.fuse_on_ptx(kernels, plan, &buffers)?;
            return Ok((values, valid, checked));
        }

        let bindings = 3 + 2 * streams.len() + streams.iter().filter(|s| s.lengths.is_some()).count();
        let max_bindings = self.client.properties().hardware.max_bindings as usize;
        if bindings > max_bindings {
            return Err(Error::TooLarge {
                what: "the streams of one fusion on this device",
                needed: bindings as u64,
                unit: "storage buffers",
                limit: max_bindings as u64,
            });
        }
        if config.rows_per_cube * streams.len() > FUSE_MAX_SLOTS {
            return Err(Error::TooLarge {
                what: "the streams of one GPU fusion",
                needed: streams.len() as u64,
                unit: "streams",
                limit: (FUSE_MAX_SLOTS / config.rows_per_cube) as u64,
            });
        }

        let groups = rows.div_ceil(config.rows_per_cube);
        let dummy_valid;
        let valid_arg = match &valid {
            Some(v) => v,
            None => {
                dummy_valid = self.alloc(DType::U32, 1, "an unused validity mask")?;
                &dummy_valid
            }
        };
        let mut data_args = SequenceArg::new();
        let mut time_args = SequenceArg::new();
        let mut length_args = SequenceArg::new();
        let mut samples = SequenceArg::new();
        let mut features = SequenceArg::new();
        let mut offsets = SequenceArg::new();
        let mut tolerances = SequenceArg::new();
        for (k, s) in plan.streams.iter().enumerate() {
            data_args.push(data[k].arg());
            time_args.push(times[k].arg());
            samples.push(s.samples as u32);
            features.push(s.features as u32);
            offsets.push(s.offset as u32);
            tolerances.push(s.tolerance.unwrap_or(0.0) as f32);
        }
        for l in lengths.iter().flatten() {
            length_args.push(l.arg());
        }
        let count = self.cube_grid(groups);
        // SAFETY: every index the kernel forms is bounded by the plan's
        // shapes, which match the buffers (checked by the plan and the
        // tensors' shapes), and ragged lengths are clamped to `[1, S]`.
        guarded(self.backend, "launching the fusion", || unsafe {
            fuse_kernel::launch_unchecked::<R>(
                &self.client,
                count,
                CubeDim::new_1d(UNITS),
                data_args,
                time_args,
                length_args,
                targets_on_device.arg(),
                values.arg(),
                valid_arg.arg(),
                samples,
                features,
                offsets,
                tolerances,
                rows as u32,
                plan.targets as u32,
                plan.width as u32,
                groups as u32,
                config,
            )
        })?;

        Ok((values, valid, checked))
    }

    /// Launches the checks of the device-resident times and lengths; returns
    /// the status word they set.
    fn launch_fusion_checks(
        &self,
        plan: &FusePlan,
        times: &[Cow<'_, GpuBuffer>],
        lengths: &[Option<Cow<'_, GpuBuffer>>],
        targets: &GpuBuffer,
    ) -> Result<GpuBuffer> {
        let status = self.status(0)?;
        let no_lengths = self.status(0)?;
        for (k, s) in plan.streams.iter().enumerate() {
            let stream_lengths = lengths[k].as_deref();
            if let Some(l) = stream_lengths {
                self.check_lengths(l, &status, 1..=s.samples)?;
            }
            let n = plan.batch * s.samples;
            let (count, dim) = self.elementwise(n);
            // A stream without lengths binds a stand-in the kernel never reads.
            let lengths_arg = stream_lengths.unwrap_or(&no_lengths).arg();
            // SAFETY: reads `batch * samples` times, and `batch` lengths when ragged.
            guarded(self.backend, "checking times", || unsafe {
                check_source_times::launch_unchecked::<R>(
                    &self.client,
                    count,
                    dim,
                    times[k].arg(),
                    lengths_arg,
                    status.arg(),
                    plan.batch as u32,
                    s.samples as u32,
                    s.time_dtype == DType::F64,
                    stream_lengths.is_some(),
                )
            })?;
        }
        let n = plan.batch * plan.targets;
        let (count, dim) = self.elementwise(n);
        // SAFETY: reads `batch * targets` times, the buffer's length.
        guarded(self.backend, "checking target times", || unsafe {
            check_finite_times::launch_unchecked::<R>(
                &self.client,
                count,
                dim,
                targets.arg(),
                status.arg(),
                n as u32,
                plan.target_dtype == DType::F64,
            )
        })?;
        Ok(status)
    }

    /// Sets `status` to 1 if any of the `lengths` lies outside `allowed`.
    pub(crate) fn check_lengths(
        &self,
        lengths: &GpuBuffer,
        status: &GpuBuffer,
        allowed: std::ops::RangeInclusive<usize>,
    ) -> Result<()> {
        let rows = lengths.len();
        let (count, dim) = self.elementwise(rows);
        // SAFETY: reads the buffer's `rows` lengths and writes one status word.
        guarded(self.backend, "checking lengths", || unsafe {
            check_lengths::launch_unchecked::<R>(
                &self.client,
                count,
                dim,
                lengths.arg(),
                status.arg(),
                rows as u32,
                *allowed.start() as u32,
                *allowed.end() as u32,
            )
        })
    }

    /// The CPU backend's checks, in its order, on host copies of the inputs.
    fn validate_fusion_on_host(
        &self,
        plan: &FusePlan,
        streams: &[TimeInputs<'_>],
        targets: GpuInput<'_>,
    ) -> Result<()> {
        for (k, (stream, s)) in streams.iter().zip(&plan.streams).enumerate() {
            let error_stream = plan.error_stream(k);
            let lengths = match stream.lengths {
                Some(l) => Some(self.on_host(l, "stream lengths")?),
                None => None,
            };
            let lengths = match &lengths {
                Some(view) => Some(view.u32s(&stream_tensor_name(plan.single, k, "lengths"))?),
                None => None,
            };
            if let Some(lengths) = lengths {
                validate_lengths(
                    lengths,
                    s.samples,
                    error_stream,
                    &stream_tensor_name(plan.single, k, "lengths"),
                )?;
            }
            // Ragged rows are checked every call: what is checked depends on
            // the lengths, another tensor.
            let known = stream.times.known().filter(|_| lengths.is_none());
            if known.is_some_and(|k| k.rows_sorted(s.samples)) {
                continue;
            }
            let times = self.on_host(stream.times, "stream times")?;
            validate_source_times(
                &times.f64s(&stream_tensor_name(plan.single, k, "times"))?,
                s.samples,
                lengths,
                error_stream,
            )?;
            if let Some(known) = known {
                known.set_rows_sorted(s.samples);
            }
        }
        let known = targets.known();
        if known.is_some_and(KnownValid::finite) {
            return Ok(());
        }
        let targets = self.on_host(targets, "target times")?;
        validate_target_times(&targets.f64s("tgt_times")?, plan.targets)?;
        if let Some(known) = known {
            known.set_finite();
        }
        Ok(())
    }
}

//! Faults inside a GPU backend reach the caller as typed errors, never as
//! zeros: each test injects one (`Context::with_injected_fault`), checks the
//! calls that meet it fail with [`Error::Device`], and checks the context
//! still computes correctly afterwards. The CPU backend has no such faults.

#![cfg(any(feature = "cuda", feature = "wgpu"))]

#[path = "support/open.rs"]
mod open;

use robocache::{Context, Error, InjectedFault, TensorView, VoxelGrid, VoxelMode};

const VALUES: [f32; 4] = [0.0, 10.0, 20.0, 30.0];
const TIMES: [f64; 4] = [0.0, 1.0, 2.0, 3.0];
const TARGETS: [f64; 2] = [0.5, 2.25];

fn view<'a, T: robocache::Element>(data: &'a [T], shape: &[usize]) -> TensorView<'a> {
    TensorView::new(data, shape).expect("test shapes match their data")
}

/// Every kind of call on `faulty` fails with a device error naming the call.
fn every_call_fails(faulty: &Context) {
    let expect_device_error = |result: robocache::Result<()>, call: &str| match result {
        Err(Error::Device { message, .. }) => {
            println!("{call}: {message}");
        }
        other => panic!("{call} met an injected fault and returned {other:?}"),
    };
    expect_device_error(
        faulty
            .resample(
                view(&VALUES, &[1, 4, 1]),
                view(&TIMES, &[1, 4]),
                view(&TARGETS, &[1, 2]),
            )
            .run()
            .map(drop),
        "resample",
    );
    let points = [[0.5f32, 0.5, 0.5], [1.5, 0.5, 0.5]];
    let grid = VoxelGrid {
        origin: [0.0; 3],
        voxel_size: [1.0; 3],
        dims: [2, 1, 1],
    };
    expect_device_error(
        faulty
            .voxelize(TensorView::points(&points), grid, VoxelMode::Count)
            .run()
            .map(drop),
        "voxelize",
    );
    expect_device_error(faulty.upload(view(&VALUES, &[4])).map(drop), "upload");
}

/// The context that met the faults still gives the right answers.
fn still_healthy(ctx: &Context) {
    let out = ctx
        .resample(
            view(&VALUES, &[1, 4, 1]),
            view(&TIMES, &[1, 4]),
            view(&TARGETS, &[1, 2]),
        )
        .run()
        .expect("a valid call after the faults");
    assert_eq!(out.values.to_vec::<f32>().unwrap(), vec![5.0, 22.5]);
}

pub fn an_unexpandable_kernel_is_an_error_of_the_call(ctx: &Context) {
    every_call_fails(&ctx.with_injected_fault(InjectedFault::UnexpandableKernel));
    still_healthy(ctx);
}

pub fn an_allocation_beyond_the_device_is_an_error_of_the_call(ctx: &Context) {
    every_call_fails(&ctx.with_injected_fault(InjectedFault::AllocationBeyondDevice));
    still_healthy(ctx);
}

macro_rules! fault_suite {
    ($backend:ident, $context:expr) => {
        mod $backend {
            fn context() -> Option<robocache::Context> {
                crate::open::suite_context(stringify!($backend), $context)
            }

            #[test]
            fn an_unexpandable_kernel_is_an_error_of_the_call() {
                if let Some(context) = context() {
                    super::an_unexpandable_kernel_is_an_error_of_the_call(&context);
                }
            }

            #[test]
            fn an_allocation_beyond_the_device_is_an_error_of_the_call() {
                if let Some(context) = context() {
                    super::an_allocation_beyond_the_device_is_an_error_of_the_call(&context);
                }
            }
        }
    };
}

#[cfg(feature = "wgpu")]
fault_suite!(wgpu, robocache::Context::new(robocache::Backend::Wgpu));

#[cfg(feature = "cuda")]
fault_suite!(
    cuda,
    robocache::Context::new(robocache::Backend::Cuda)
        .and_then(|ctx| ctx.with_kernel_path(robocache::KernelPath::CubeCl))
);

#[cfg(feature = "cuda")]
fault_suite!(
    cuda_ptx,
    robocache::Context::new(robocache::Backend::Cuda)
        .and_then(|ctx| ctx.with_kernel_path(robocache::KernelPath::Ptx))
);

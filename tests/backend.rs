//! Backend selection: explicit choices, `Auto`, and the environment override.
//!
//! Every test that touches the environment variable lives in one function, so
//! that no two tests of this binary race on it.

use robocache::{
    available_backends, available_devices, cuda_device_count, Backend, Context, Error, BACKEND_ENV,
};

#[test]
fn the_cpu_backend_always_opens() {
    let ctx = Context::new(Backend::Cpu).unwrap();
    assert_eq!(ctx.backend(), Backend::Cpu);
    assert!(available_backends().contains(&Backend::Cpu));
    assert!(ctx.device_name().starts_with("CPU"));
}

#[test]
fn every_device_is_listed_and_opens_as_named() {
    let devices = available_devices();
    let cuda: Vec<usize> = devices
        .iter()
        .filter(|d| d.backend == Backend::Cuda)
        .map(|d| d.ordinal)
        .collect();
    assert_eq!(
        cuda,
        (0..cuda_device_count()).collect::<Vec<_>>(),
        "each CUDA ordinal once, in order"
    );
    // The backends in the devices' order are `available_backends`.
    let mut backends: Vec<Backend> = devices.iter().map(|d| d.backend).collect();
    backends.dedup();
    assert_eq!(backends, available_backends());
    for device in &devices {
        let ctx = device.open().unwrap();
        assert_eq!(ctx.backend(), device.backend);
        assert_eq!(ctx.device_name(), device.name, "{device:?}");
    }
}

#[test]
fn backends_not_in_this_build_are_a_clear_error() {
    for backend in [Backend::Cuda, Backend::Wgpu] {
        if available_backends().contains(&backend) {
            continue;
        }
        let error = Context::new(backend).unwrap_err();
        match &error {
            Error::BackendUnavailable {
                requested, available, ..
            } => {
                assert_eq!(requested, backend.name());
                assert!(available.contains("cpu"), "{error}");
            }
            other => panic!("expected BackendUnavailable, got {other:?}"),
        }
    }
}

#[test]
fn backend_names_parse_case_insensitively() {
    assert_eq!("CPU".parse::<Backend>().unwrap(), Backend::Cpu);
    assert_eq!(" wgpu ".parse::<Backend>().unwrap(), Backend::Wgpu);
    assert_eq!("auto".parse::<Backend>().unwrap(), Backend::Auto);
    let error = "gpu".parse::<Backend>().unwrap_err();
    assert!(matches!(error, Error::InvalidBackendName { .. }));
    assert!(error.to_string().contains("auto, cpu, cuda, wgpu"), "{error}");
}

#[test]
fn auto_reads_the_environment_variable() {
    std::env::remove_var(BACKEND_ENV);
    let best = available_backends()[0];
    assert_eq!(Context::new(Backend::Auto).unwrap().backend(), best);

    std::env::set_var(BACKEND_ENV, "cpu");
    assert_eq!(Context::new(Backend::Auto).unwrap().backend(), Backend::Cpu);

    std::env::set_var(BACKEND_ENV, "tpu");
    assert!(matches!(
        Context::new(Backend::Auto),
        Err(Error::InvalidBackendName { .. })
    ));

    // Forcing a backend this build lacks fails instead of falling back.
    if !available_backends().contains(&Backend::Cuda) {
        std::env::set_var(BACKEND_ENV, "cuda");
        assert!(matches!(
            Context::new(Backend::Auto),
            Err(Error::BackendUnavailable { .. })
        ));
    }

    // An explicit choice is not overridden.
    assert_eq!(Context::new(Backend::Cpu).unwrap().backend(), Backend::Cpu);
    std::env::remove_var(BACKEND_ENV);
}

#[test]
fn cached_output_memory_is_reused_and_released() {
    let ctx = Context::cpu();
    let data = vec![1.0f32; 4 * 1000 * 64];
    let src: Vec<f64> = (0..4).flat_map(|_| (0..1000).map(|i| i as f64)).collect();
    let tgt: Vec<f64> = (0..4).flat_map(|_| (0..1000).map(|i| i as f64 + 0.5)).collect();
    let run = || {
        ctx.resample(
            robocache::TensorView::new(&data, [4, 1000, 64]).unwrap(),
            robocache::TensorView::new(&src, [4, 1000]).unwrap(),
            robocache::TensorView::new(&tgt, [4, 1000]).unwrap(),
        )
        .run()
        .unwrap()
    };
    drop(run());
    assert_eq!(
        ctx.cached_bytes(),
        4 * 1000 * 64 * 4,
        "a dropped output is kept for the next call"
    );
    let again = run();
    assert_eq!(ctx.cached_bytes(), 0, "and handed out again");
    assert!(again.values.to_vec::<f32>().unwrap().iter().all(|&v| v == 1.0));
    drop(again);
    ctx.release_cached_memory();
    assert_eq!(ctx.cached_bytes(), 0);
}

/// An app's own wgpu device (a Bevy or rerun app has one) runs robocache's
/// kernels: on llvmpipe in CI, on any adapter elsewhere.
#[cfg(feature = "wgpu")]
#[test]
fn a_callers_wgpu_device_runs_the_kernels() {
    use robocache::{wgpu, TensorView};
    let instance = wgpu::Instance::new(wgpu::InstanceDescriptor::new_without_display_handle());
    let Ok(adapter) = pollster::block_on(instance.request_adapter(&Default::default())) else {
        assert!(
            Context::new(Backend::Wgpu).is_err(),
            "robocache found an adapter that wgpu did not"
        );
        return;
    };
    let (device, queue) = pollster::block_on(adapter.request_device(&wgpu::DeviceDescriptor {
        required_limits: adapter.limits(),
        ..Default::default()
    }))
    .expect("the adapter gives a device");
    let ctx = Context::from_wgpu(instance, adapter, device, queue).expect("robocache adopts the device");
    assert_eq!(ctx.backend(), Backend::Wgpu);
    assert!(
        ctx.device_name().contains("caller's device"),
        "{}",
        ctx.device_name()
    );
    let out = ctx
        .resample(
            TensorView::new(&[0.0f32, 10.0], [1, 2, 1]).unwrap(),
            TensorView::new(&[0.0f64, 1.0], [1, 2]).unwrap(),
            TensorView::new(&[0.25f64], [1, 1]).unwrap(),
        )
        .run()
        .unwrap();
    assert_eq!(out.values.to_vec::<f32>().unwrap(), vec![2.5]);
}

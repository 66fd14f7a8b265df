//! The conformance suite: every rule of `SPEC.md`, checked on every backend.
//!
//! Each case is a plain function taking a [`robocache::Context`]. A backend
//! joins the suite with one line at the bottom of this file,
//! `conformance_suite!(name, Context::new(Backend::Name));`, and inherits
//! every case: hand-computed examples, error cases and property tests against
//! an f64 reference.

#[path = "../support/open.rs"]
mod open;

mod common;
mod detector;
mod errors;
mod fuse;
mod properties;
mod records;
mod reference;
mod resample;
mod voxel;

/// Instantiates every case of the suite for one backend, as `#[test]`s named
/// `<backend>::<area>::<case>`.
macro_rules! conformance_suite {
    ($backend:ident, $context:expr) => {
        mod $backend {
            /// `None` where the backend has no device and may be skipped
            /// (see `tests/support/open.rs`).
            fn context() -> Option<robocache::Context> {
                crate::open::suite_context(stringify!($backend), $context)
            }

            emit_cases! {
                resample {
                    linear_interpolates_between_neighbours,
                    exact_hits_return_the_sample_bit_for_bit,
                    repeated_times_take_the_later_sample,
                    nearest_ties_go_to_the_earlier_sample,
                    previous_never_looks_ahead,
                    targets_outside_the_span_hold_the_edge,
                    one_sample_holds_everywhere,
                    targets_need_not_be_sorted,
                    zero_targets_give_an_empty_output,
                    unix_epoch_times_with_millisecond_spacing,
                    f32_times_are_accepted,
                    half_precision_data_is_rounded_once,
                    slerp_follows_the_great_circle,
                    slerp_takes_the_short_way_for_antipodal_quaternions,
                    slerp_output_is_unit_length,
                    validity_marks_the_span_and_the_tolerance,
                    ragged_rows_ignore_their_padding,
                    host_slices_resample_like_the_builder,
                    device_tensors_chain_without_host_copies,
                }
                fuse {
                    fusion_equals_per_stream_resampling,
                    reference_streams_give_the_documented_shape,
                    output_dtype_defaults_and_overrides,
                    validity_has_one_column_per_stream,
                    ragged_streams_use_their_own_lengths,
                    inputs_dropped_as_soon_as_a_call_returns_stay_valid_for_it,
                }
                voxel {
                    count_matches_a_hand_example,
                    layout_is_x_major,
                    points_on_voxel_faces_follow_the_spec_expression,
                    points_on_the_upper_grid_face_are_dropped,
                    non_finite_points_are_dropped_and_counted,
                    occupancy_marks_voxels_with_points,
                    mean_averages_features_and_zeroes_empty_voxels,
                    max_keeps_negative_values,
                    max_orders_negative_zero_below_zero,
                    empty_clouds_give_zero_grids,
                    batched_clouds_match_single_calls,
                    large_clouds_match_the_reference,
                    reruns_are_bit_identical,
                    features_of_dropped_points_are_not_read,
                    sparse_output_numbers_voxels_by_their_first_point,
                    sparse_output_gathers_the_dense_grid,
                }
                detector {
                    hard_keeps_first_voxels_and_first_points,
                    hard_voxels_are_zero_padded,
                    hard_matches_the_reference_on_crowded_clouds,
                    batched_hard_voxelization_matches_single_calls,
                    dynamic_maps_every_point_to_its_voxel,
                    dynamic_reductions_match_the_reference,
                    batched_dynamic_voxelization_numbers_rows_across_clouds,
                    clouds_with_no_voxel_give_empty_outputs,
                    grids_too_large_for_a_dense_output_are_fine,
                    reruns_of_detector_voxelization_are_bit_identical,
                    bad_detector_input_is_rejected,
                    pillar_features_match_the_reference,
                    pillars_scatter_onto_the_bev_grid,
                    bad_pillar_input_is_rejected,
                }
                records {
                    unpacked_records_hold_the_values_written,
                    unpacked_records_voxelize_like_the_same_points,
                    no_records_give_no_points,
                    bad_record_layouts_are_refused,
                }
                errors {
                    decreasing_source_times_name_row_and_index,
                    non_finite_source_times_are_rejected,
                    non_finite_target_times_are_rejected,
                    fusion_errors_name_the_stream,
                    empty_axes_are_rejected,
                    mismatched_shapes_are_rejected,
                    wrong_ranks_are_rejected,
                    wrong_dtypes_are_rejected,
                    slerp_needs_groups_of_four,
                    bad_row_lengths_are_rejected,
                    bad_tolerances_are_rejected,
                    fusion_needs_a_stream,
                    bad_grids_are_rejected,
                    feature_modes_need_features,
                    non_finite_features_name_the_first_bad_point,
                    oversized_grids_fail_before_allocating,
                    bad_voxel_shapes_are_rejected,
                    tensors_of_another_context_are_rejected,
                    device_inputs_are_validated_like_host_inputs,
                    times_valid_in_one_shape_are_checked_again_in_another,
                }
                properties {
                    resampling_matches_the_f64_reference,
                    half_precision_resampling_matches_the_reference,
                    slerp_matches_the_f64_reference,
                    fusion_matches_the_f64_reference,
                    voxelization_matches_the_reference,
                    arbitrary_resample_input_never_panics,
                    arbitrary_voxel_input_never_panics,
                }
            }
        }
    };
}

/// Emits `mod <area> { #[test] fn <case>() { crate::<area>::<case>(&context) } }`.
macro_rules! emit_cases {
    ($($area:ident { $($case:ident),* $(,)? })*) => {
        $(
            mod $area {
                $(
                    #[test]
                    fn $case() {
                        if let Some(context) = super::context() {
                            crate::$area::$case(&context);
                        }
                    }
                )*
            }
        )*
    };
}

conformance_suite!(cpu, robocache::Context::new(robocache::Backend::Cpu));

#[cfg(feature = "wgpu")]
conformance_suite!(wgpu, robocache::Context::new(robocache::Backend::Wgpu));

// CUDA runs the suite twice: on the CubeCL kernels and on the raw-PTX ones.
#[cfg(feature = "cuda")]
conformance_suite!(
    cuda,
    robocache::Context::new(robocache::Backend::Cuda)
        .and_then(|ctx| ctx.with_kernel_path(robocache::KernelPath::CubeCl))
);

#[cfg(feature = "cuda")]
conformance_suite!(
    cuda_ptx,
    robocache::Context::new(robocache::Backend::Cuda)
        .and_then(|ctx| ctx.with_kernel_path(robocache::KernelPath::Ptx))
);

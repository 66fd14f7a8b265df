@group(0)
@binding(0)
var<storage, read_write> buffer_0_global: array<u32>;

@group(0)
@binding(1)
var<storage, read_write> buffer_1_global: array<u32>;

@group(0)
@binding(2)
var<storage, read_write> buffer_2_global: array<u32>;

@group(0)
@binding(3)
var<storage, read_write> buffer_3_global: array<u32>;

struct info_st {
   scalars_u32: array<u32, 4>,
   static_meta: array<u32, 8>,
}

@group(0)
@binding(4)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn unpack_records(
    @builtin(global_invocation_id) global_id: vec3<u32>,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
) {
let id = (u32(global_id.z) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X) * u32(num_workgroups.y) * u32(WORKGROUP_SIZE_Y)) + (u32(global_id.y) * u32(num_workgroups.x) * u32(WORKGROUP_SIZE_X)) + u32(global_id.x);

var l_mut_6: u32;
var l_mut_21: u32;
let l_0 = info.scalars_u32[0] * info.scalars_u32[2];
let l_1 = id < l_0;
if l_1 {
let l_2 = id / info.scalars_u32[2];
let l_3 = id % info.scalars_u32[2];
let l_4 = info.scalars_u32[2] + l_3;
let l_5 = buffer_1_global[l_4];
l_mut_6 = u32(4);
let l_7 = l_5 == u32(1);
let l_8 = l_5 == u32(2);
let l_9 = l_7 || l_8;
if l_9 {
l_mut_6 = u32(1);
} else {
let l_10 = l_5 == u32(3);
let l_11 = l_5 == u32(4);
let l_12 = l_10 || l_11;
if l_12 {
l_mut_6 = u32(2);
}
}
let l_13 = l_2 * info.scalars_u32[1];
let l_14 = buffer_1_global[l_3];
let l_15 = l_13 + l_14;
let l_16 = l_15 / u32(4);
let l_17 = l_15 % u32(4);
let l_18 = l_17 * u32(8);
let l_19 = buffer_0_global[l_16];
let l_20 = l_19 >> l_18;
l_mut_21 = l_20;
let l_22 = l_mut_6 * u32(8);
let l_23 = l_18 + l_22;
let l_24 = l_23 > u32(32);
if l_24 {
let l_25 = l_16 + u32(1);
let l_26 = buffer_0_global[l_25];
let l_27 = u32(32) - l_18;
let l_28 = l_26 << l_27;
l_mut_21 = l_mut_21 | l_28;
}
l_mut_6 = l_mut_21;
let l_29 = l_5 == u32(2);
if l_29 {
let l_30 = l_mut_21 & u32(255);
let l_31 = f32(l_30);
let l_32 = bitcast<u32>(l_31);
l_mut_6 = l_32;
} else {
let l_33 = l_5 == u32(4);
if l_33 {
let l_34 = l_mut_21 & u32(65535);
let l_35 = f32(l_34);
let l_36 = bitcast<u32>(l_35);
l_mut_6 = l_36;
} else {
let l_37 = l_5 == u32(1);
if l_37 {
let l_38 = l_mut_21 & u32(255);
let l_39 = l_38 ^ u32(128);
let l_40 = i32(l_39);
let l_41 = l_40 - i32(128);
let l_42 = f32(l_41);
let l_43 = bitcast<u32>(l_42);
l_mut_6 = l_43;
} else {
let l_44 = l_5 == u32(3);
if l_44 {
let l_45 = l_mut_21 & u32(65535);
let l_46 = l_45 ^ u32(32768);
let l_47 = i32(l_46);
let l_48 = l_47 - i32(32768);
let l_49 = f32(l_48);
let l_50 = bitcast<u32>(l_49);
l_mut_6 = l_50;
}
}
}
}
let l_51 = l_3 < u32(3);
if l_51 {
let l_52 = l_2 * u32(3);
let l_53 = l_52 + l_3;
buffer_2_global[l_53] = l_mut_6;
} else {
let l_54 = info.scalars_u32[2] - u32(3);
let l_55 = l_2 * l_54;
let l_56 = l_55 + l_3;
let l_57 = l_56 - u32(3);
buffer_3_global[l_57] = l_mut_6;
}
}
}

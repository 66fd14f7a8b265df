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
   scalars_u32: array<u32, 2>,
   static_meta: array<u32, 8>,
}

@group(0)
@binding(4)
var<storage, read> info: info_st;

var<workgroup> shared_memory_13: array<u32, 256>;

var<workgroup> shared_memory_50: array<u32, 256>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn hard_stats(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var l_mut_5: u32;
var l_mut_6: u32;
var l_mut_8: u32;
var l_mut_15: u32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = buffer_1_global[l_1];
let l_3 = l_1 + u32(1);
let l_4 = buffer_1_global[l_3];
l_mut_5 = u32(0);
l_mut_6 = u32(0);
let l_7 = l_2 + local_idx;
l_mut_8 = l_7;
loop {
let l_9 = l_mut_8 < l_4;
let l_10 = !l_9;
if l_10 {
break;
}
let l_11 = buffer_0_global[l_mut_8];
let l_12 = min(l_11, info.scalars_u32[0]);
l_mut_5 = l_mut_5 + l_12;
l_mut_6 = l_mut_6 + l_11;
l_mut_8 = l_mut_8 + u32(256);
}
shared_memory_13[local_idx] = l_mut_5;
workgroupBarrier();
let l_14 = shared_memory_13[local_idx];
l_mut_15 = l_14;
let l_16 = local_idx >= u32(1);
if l_16 {
let l_17 = local_idx - u32(1);
let l_18 = shared_memory_13[l_17];
l_mut_15 = l_mut_15 + l_18;
}
workgroupBarrier();
shared_memory_13[local_idx] = l_mut_15;
workgroupBarrier();
let l_19 = shared_memory_13[local_idx];
l_mut_15 = l_19;
let l_20 = local_idx >= u32(2);
if l_20 {
let l_21 = local_idx - u32(2);
let l_22 = shared_memory_13[l_21];
l_mut_15 = l_mut_15 + l_22;
}
workgroupBarrier();
shared_memory_13[local_idx] = l_mut_15;
workgroupBarrier();
let l_23 = shared_memory_13[local_idx];
l_mut_15 = l_23;
let l_24 = local_idx >= u32(4);
if l_24 {
let l_25 = local_idx - u32(4);
let l_26 = shared_memory_13[l_25];
l_mut_15 = l_mut_15 + l_26;
}
workgroupBarrier();
shared_memory_13[local_idx] = l_mut_15;
workgroupBarrier();
let l_27 = shared_memory_13[local_idx];
l_mut_15 = l_27;
let l_28 = local_idx >= u32(8);
if l_28 {
let l_29 = local_idx - u32(8);
let l_30 = shared_memory_13[l_29];
l_mut_15 = l_mut_15 + l_30;
}
workgroupBarrier();
shared_memory_13[local_idx] = l_mut_15;
workgroupBarrier();
let l_31 = shared_memory_13[local_idx];
l_mut_15 = l_31;
let l_32 = local_idx >= u32(16);
if l_32 {
let l_33 = local_idx - u32(16);
let l_34 = shared_memory_13[l_33];
l_mut_15 = l_mut_15 + l_34;
}
workgroupBarrier();
shared_memory_13[local_idx] = l_mut_15;
workgroupBarrier();
let l_35 = shared_memory_13[local_idx];
l_mut_15 = l_35;
let l_36 = local_idx >= u32(32);
if l_36 {
let l_37 = local_idx - u32(32);
let l_38 = shared_memory_13[l_37];
l_mut_15 = l_mut_15 + l_38;
}
workgroupBarrier();
shared_memory_13[local_idx] = l_mut_15;
workgroupBarrier();
let l_39 = shared_memory_13[local_idx];
l_mut_15 = l_39;
let l_40 = local_idx >= u32(64);
if l_40 {
let l_41 = local_idx - u32(64);
let l_42 = shared_memory_13[l_41];
l_mut_15 = l_mut_15 + l_42;
}
workgroupBarrier();
shared_memory_13[local_idx] = l_mut_15;
workgroupBarrier();
let l_43 = shared_memory_13[local_idx];
l_mut_15 = l_43;
let l_44 = local_idx >= u32(128);
if l_44 {
let l_45 = local_idx - u32(128);
let l_46 = shared_memory_13[l_45];
l_mut_15 = l_mut_15 + l_46;
}
workgroupBarrier();
shared_memory_13[local_idx] = l_mut_15;
workgroupBarrier();
let l_47 = shared_memory_13[local_idx];
let l_48 = shared_memory_13[u32(255)];
let l_49 = l_47 - l_mut_5;
shared_memory_50[local_idx] = l_mut_6;
workgroupBarrier();
let l_51 = shared_memory_50[local_idx];
l_mut_15 = l_51;
let l_52 = local_idx >= u32(1);
if l_52 {
let l_53 = local_idx - u32(1);
let l_54 = shared_memory_50[l_53];
l_mut_15 = l_mut_15 + l_54;
}
workgroupBarrier();
shared_memory_50[local_idx] = l_mut_15;
workgroupBarrier();
let l_55 = shared_memory_50[local_idx];
l_mut_15 = l_55;
let l_56 = local_idx >= u32(2);
if l_56 {
let l_57 = local_idx - u32(2);
let l_58 = shared_memory_50[l_57];
l_mut_15 = l_mut_15 + l_58;
}
workgroupBarrier();
shared_memory_50[local_idx] = l_mut_15;
workgroupBarrier();
let l_59 = shared_memory_50[local_idx];
l_mut_15 = l_59;
let l_60 = local_idx >= u32(4);
if l_60 {
let l_61 = local_idx - u32(4);
let l_62 = shared_memory_50[l_61];
l_mut_15 = l_mut_15 + l_62;
}
workgroupBarrier();
shared_memory_50[local_idx] = l_mut_15;
workgroupBarrier();
let l_63 = shared_memory_50[local_idx];
l_mut_15 = l_63;
let l_64 = local_idx >= u32(8);
if l_64 {
let l_65 = local_idx - u32(8);
let l_66 = shared_memory_50[l_65];
l_mut_15 = l_mut_15 + l_66;
}
workgroupBarrier();
shared_memory_50[local_idx] = l_mut_15;
workgroupBarrier();
let l_67 = shared_memory_50[local_idx];
l_mut_15 = l_67;
let l_68 = local_idx >= u32(16);
if l_68 {
let l_69 = local_idx - u32(16);
let l_70 = shared_memory_50[l_69];
l_mut_15 = l_mut_15 + l_70;
}
workgroupBarrier();
shared_memory_50[local_idx] = l_mut_15;
workgroupBarrier();
let l_71 = shared_memory_50[local_idx];
l_mut_15 = l_71;
let l_72 = local_idx >= u32(32);
if l_72 {
let l_73 = local_idx - u32(32);
let l_74 = shared_memory_50[l_73];
l_mut_15 = l_mut_15 + l_74;
}
workgroupBarrier();
shared_memory_50[local_idx] = l_mut_15;
workgroupBarrier();
let l_75 = shared_memory_50[local_idx];
l_mut_15 = l_75;
let l_76 = local_idx >= u32(64);
if l_76 {
let l_77 = local_idx - u32(64);
let l_78 = shared_memory_50[l_77];
l_mut_15 = l_mut_15 + l_78;
}
workgroupBarrier();
shared_memory_50[local_idx] = l_mut_15;
workgroupBarrier();
let l_79 = shared_memory_50[local_idx];
l_mut_15 = l_79;
let l_80 = local_idx >= u32(128);
if l_80 {
let l_81 = local_idx - u32(128);
let l_82 = shared_memory_50[l_81];
l_mut_15 = l_mut_15 + l_82;
}
workgroupBarrier();
shared_memory_50[local_idx] = l_mut_15;
workgroupBarrier();
let l_83 = shared_memory_50[local_idx];
let l_84 = shared_memory_50[u32(255)];
let l_85 = l_83 - l_mut_6;
let l_86 = local_idx == u32(0);
if l_86 {
let l_87 = u32(3) * l_1;
buffer_3_global[l_87] = l_48;
let l_88 = u32(3) * l_1;
let l_89 = l_88 + u32(1);
let l_90 = u32(3) * l_1;
let l_91 = buffer_2_global[l_90];
let l_92 = l_91 - l_84;
buffer_3_global[l_89] = l_92;
let l_93 = u32(3) * l_1;
let l_94 = l_93 + u32(2);
let l_95 = l_84 - l_48;
buffer_3_global[l_94] = l_95;
}
}

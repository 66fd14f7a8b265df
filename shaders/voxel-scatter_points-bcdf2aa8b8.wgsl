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
var<storage, read_write> buffer_3_global: array<atomic<u32>>;

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<atomic<u32>>;

@group(0)
@binding(5)
var<storage, read_write> buffer_5_global: array<atomic<u32>>;

struct info_st {
   scalars_f32: array<f32, 10>,
   scalars_u32: array<u32, 8>,
   static_meta: array<u32, 12>,
}

@group(0)
@binding(6)
var<storage, read> info: info_st;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn scatter_points(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
var l_mut_4: u32;
var l_mut_7: u32;
var l_mut_8: u32;
var l_mut_9: u32;
var l_mut_43: u32;
var l_mut_84: f32;
var l_mut_91: f32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = l_1 / info.scalars_u32[5];
let l_3 = l_2 >= info.scalars_u32[6];
if l_3 {
return;
}
l_mut_4 = info.scalars_u32[3];
let l_5 = l_1 % info.scalars_u32[5];
let l_6 = l_5 * u32(2048);
l_mut_7 = u32(0);
l_mut_8 = u32(0);
l_mut_9 = u32(0);
let l_10 = u32(0) + local_idx;
let l_11 = l_6 + l_10;
let l_12 = l_11 < l_mut_4;
if l_12 {
let l_13 = l_2 * info.scalars_u32[3];
let l_14 = l_13 + l_11;
let l_15 = u32(3) * l_14;
let l_16 = buffer_0_global[l_15];
let l_17 = bitcast<f32>(l_16);
let l_18 = u32(3) * l_14;
let l_19 = l_18 + u32(1);
let l_20 = buffer_0_global[l_19];
let l_21 = bitcast<f32>(l_20);
let l_22 = u32(3) * l_14;
let l_23 = l_22 + u32(2);
let l_24 = buffer_0_global[l_23];
let l_25 = bitcast<f32>(l_24);
let l_26 = l_17 - info.scalars_f32[0];
let l_27 = l_26 * info.scalars_f32[3];
let l_28 = l_21 - info.scalars_f32[1];
let l_29 = l_28 * info.scalars_f32[4];
let l_30 = l_25 - info.scalars_f32[2];
let l_31 = l_30 * info.scalars_f32[5];
let l_32 = l_27 >= f32(0.0);
let l_33 = l_27 < info.scalars_f32[6];
let l_34 = l_32 && l_33;
let l_35 = l_29 >= f32(0.0);
let l_36 = l_34 && l_35;
let l_37 = l_29 < info.scalars_f32[7];
let l_38 = l_36 && l_37;
let l_39 = l_31 >= f32(0.0);
let l_40 = l_38 && l_39;
let l_41 = l_31 < info.scalars_f32[8];
let l_42 = l_40 && l_41;
l_mut_43 = u32(4294967295);
if l_42 {
let l_44 = u32(l_27);
let l_45 = l_44 * info.scalars_u32[0];
let l_46 = u32(l_29);
let l_47 = l_45 + l_46;
let l_48 = l_47 * info.scalars_u32[1];
let l_49 = u32(l_31);
let l_50 = l_48 + l_49;
l_mut_43 = l_50;
} else {
let l_51 = is_nan_1_f32(l_17);let l_52 = is_inf_1_f32(l_17);let l_53 = l_51 || l_52;
let l_54 = is_nan_1_f32(l_21);let l_55 = l_53 || l_54;
let l_56 = is_inf_1_f32(l_21);let l_57 = l_55 || l_56;
let l_58 = is_nan_1_f32(l_25);let l_59 = l_57 || l_58;
let l_60 = is_inf_1_f32(l_25);let l_61 = l_59 || l_60;
let l_62 = !l_61;
let l_63 = !l_62;
if l_63 {
l_mut_43 = u32(4294967294);
}
}
let l_64 = l_mut_43 == u32(4294967294);
if l_64 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_65 = l_mut_43 == u32(4294967295);
if l_65 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_66 = l_2 * info.scalars_u32[2];
let l_67 = l_66 + l_mut_43;
let l_68 = u32(3) * info.scalars_u32[6];

for (var l_mut_69: u32 = u32(0); l_mut_69 < info.scalars_u32[4]; l_mut_69++) {
let l_70 = l_67 * info.scalars_u32[4];
let l_71 = l_70 + l_mut_69;
let l_72 = l_14 * info.scalars_u32[4];
let l_73 = l_72 + l_mut_69;
let l_74 = buffer_1_global[l_73];
let l_75 = bitcast<f32>(l_74);
let l_76 = &buffer_3_global[l_71];
let l_77 = atomicLoad(l_76);
let l_78 = l_77 >> u32(23);
let l_79 = l_78 & u32(255);
let l_80 = i32(l_79);
let l_81 = l_80 - i32(127);
let l_82 = i32(30) - l_81;
let l_83 = l_82 / i32(2);
l_mut_84 = f32(0.0);
let l_85 = l_83 >= i32(-126);
if l_85 {
let l_86 = l_83 + i32(127);
let l_87 = u32(l_86);
let l_88 = l_87 << u32(23);
let l_89 = bitcast<f32>(l_88);
l_mut_84 = l_89;
}
let l_90 = l_82 - l_83;
l_mut_91 = f32(0.0);
let l_92 = l_90 >= i32(-126);
if l_92 {
let l_93 = l_90 + i32(127);
let l_94 = u32(l_93);
let l_95 = l_94 << u32(23);
let l_96 = bitcast<f32>(l_95);
l_mut_91 = l_96;
}
let l_97 = l_mut_84 * l_mut_91;
let l_98 = l_75 * l_97;
let l_99 = round(l_98);
let l_100 = i32(l_99);
let l_101 = bitcast<u32>(l_100);
l_mut_43 = u32(0);
let l_102 = l_100 < i32(0);
if l_102 {
l_mut_43 = u32(4294967295);
}
let l_103 = u32(2) * l_71;
let l_104 = &buffer_4_global[l_103];
let l_105 = atomicAdd(l_104, l_101);let l_106 = ~l_105;
let l_107 = l_101 > l_106;
if l_107 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_108 = u32(2) * l_71;
let l_109 = l_108 + u32(1);
let l_110 = &buffer_4_global[l_109];
let l_111 = atomicAdd(l_110, l_mut_43);}
}
}
}
let l_112 = u32(256) + local_idx;
let l_113 = l_6 + l_112;
let l_114 = l_113 < l_mut_4;
if l_114 {
let l_115 = l_2 * info.scalars_u32[3];
let l_116 = l_115 + l_113;
let l_117 = u32(3) * l_116;
let l_118 = buffer_0_global[l_117];
let l_119 = bitcast<f32>(l_118);
let l_120 = u32(3) * l_116;
let l_121 = l_120 + u32(1);
let l_122 = buffer_0_global[l_121];
let l_123 = bitcast<f32>(l_122);
let l_124 = u32(3) * l_116;
let l_125 = l_124 + u32(2);
let l_126 = buffer_0_global[l_125];
let l_127 = bitcast<f32>(l_126);
let l_128 = l_119 - info.scalars_f32[0];
let l_129 = l_128 * info.scalars_f32[3];
let l_130 = l_123 - info.scalars_f32[1];
let l_131 = l_130 * info.scalars_f32[4];
let l_132 = l_127 - info.scalars_f32[2];
let l_133 = l_132 * info.scalars_f32[5];
let l_134 = l_129 >= f32(0.0);
let l_135 = l_129 < info.scalars_f32[6];
let l_136 = l_134 && l_135;
let l_137 = l_131 >= f32(0.0);
let l_138 = l_136 && l_137;
let l_139 = l_131 < info.scalars_f32[7];
let l_140 = l_138 && l_139;
let l_141 = l_133 >= f32(0.0);
let l_142 = l_140 && l_141;
let l_143 = l_133 < info.scalars_f32[8];
let l_144 = l_142 && l_143;
l_mut_43 = u32(4294967295);
if l_144 {
let l_145 = u32(l_129);
let l_146 = l_145 * info.scalars_u32[0];
let l_147 = u32(l_131);
let l_148 = l_146 + l_147;
let l_149 = l_148 * info.scalars_u32[1];
let l_150 = u32(l_133);
let l_151 = l_149 + l_150;
l_mut_43 = l_151;
} else {
let l_152 = is_nan_1_f32(l_119);let l_153 = is_inf_1_f32(l_119);let l_154 = l_152 || l_153;
let l_155 = is_nan_1_f32(l_123);let l_156 = l_154 || l_155;
let l_157 = is_inf_1_f32(l_123);let l_158 = l_156 || l_157;
let l_159 = is_nan_1_f32(l_127);let l_160 = l_158 || l_159;
let l_161 = is_inf_1_f32(l_127);let l_162 = l_160 || l_161;
let l_163 = !l_162;
let l_164 = !l_163;
if l_164 {
l_mut_43 = u32(4294967294);
}
}
let l_165 = l_mut_43 == u32(4294967294);
if l_165 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_166 = l_mut_43 == u32(4294967295);
if l_166 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_167 = l_2 * info.scalars_u32[2];
let l_168 = l_167 + l_mut_43;
let l_169 = u32(3) * info.scalars_u32[6];

for (var l_mut_170: u32 = u32(0); l_mut_170 < info.scalars_u32[4]; l_mut_170++) {
let l_171 = l_168 * info.scalars_u32[4];
let l_172 = l_171 + l_mut_170;
let l_173 = l_116 * info.scalars_u32[4];
let l_174 = l_173 + l_mut_170;
let l_175 = buffer_1_global[l_174];
let l_176 = bitcast<f32>(l_175);
let l_177 = &buffer_3_global[l_172];
let l_178 = atomicLoad(l_177);
let l_179 = l_178 >> u32(23);
let l_180 = l_179 & u32(255);
let l_181 = i32(l_180);
let l_182 = l_181 - i32(127);
let l_183 = i32(30) - l_182;
let l_184 = l_183 / i32(2);
l_mut_91 = f32(0.0);
let l_185 = l_184 >= i32(-126);
if l_185 {
let l_186 = l_184 + i32(127);
let l_187 = u32(l_186);
let l_188 = l_187 << u32(23);
let l_189 = bitcast<f32>(l_188);
l_mut_91 = l_189;
}
let l_190 = l_183 - l_184;
l_mut_84 = f32(0.0);
let l_191 = l_190 >= i32(-126);
if l_191 {
let l_192 = l_190 + i32(127);
let l_193 = u32(l_192);
let l_194 = l_193 << u32(23);
let l_195 = bitcast<f32>(l_194);
l_mut_84 = l_195;
}
let l_196 = l_mut_91 * l_mut_84;
let l_197 = l_176 * l_196;
let l_198 = round(l_197);
let l_199 = i32(l_198);
let l_200 = bitcast<u32>(l_199);
l_mut_43 = u32(0);
let l_201 = l_199 < i32(0);
if l_201 {
l_mut_43 = u32(4294967295);
}
let l_202 = u32(2) * l_172;
let l_203 = &buffer_4_global[l_202];
let l_204 = atomicAdd(l_203, l_200);let l_205 = ~l_204;
let l_206 = l_200 > l_205;
if l_206 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_207 = u32(2) * l_172;
let l_208 = l_207 + u32(1);
let l_209 = &buffer_4_global[l_208];
let l_210 = atomicAdd(l_209, l_mut_43);}
}
}
}
let l_211 = u32(512) + local_idx;
let l_212 = l_6 + l_211;
let l_213 = l_212 < l_mut_4;
if l_213 {
let l_214 = l_2 * info.scalars_u32[3];
let l_215 = l_214 + l_212;
let l_216 = u32(3) * l_215;
let l_217 = buffer_0_global[l_216];
let l_218 = bitcast<f32>(l_217);
let l_219 = u32(3) * l_215;
let l_220 = l_219 + u32(1);
let l_221 = buffer_0_global[l_220];
let l_222 = bitcast<f32>(l_221);
let l_223 = u32(3) * l_215;
let l_224 = l_223 + u32(2);
let l_225 = buffer_0_global[l_224];
let l_226 = bitcast<f32>(l_225);
let l_227 = l_218 - info.scalars_f32[0];
let l_228 = l_227 * info.scalars_f32[3];
let l_229 = l_222 - info.scalars_f32[1];
let l_230 = l_229 * info.scalars_f32[4];
let l_231 = l_226 - info.scalars_f32[2];
let l_232 = l_231 * info.scalars_f32[5];
let l_233 = l_228 >= f32(0.0);
let l_234 = l_228 < info.scalars_f32[6];
let l_235 = l_233 && l_234;
let l_236 = l_230 >= f32(0.0);
let l_237 = l_235 && l_236;
let l_238 = l_230 < info.scalars_f32[7];
let l_239 = l_237 && l_238;
let l_240 = l_232 >= f32(0.0);
let l_241 = l_239 && l_240;
let l_242 = l_232 < info.scalars_f32[8];
let l_243 = l_241 && l_242;
l_mut_43 = u32(4294967295);
if l_243 {
let l_244 = u32(l_228);
let l_245 = l_244 * info.scalars_u32[0];
let l_246 = u32(l_230);
let l_247 = l_245 + l_246;
let l_248 = l_247 * info.scalars_u32[1];
let l_249 = u32(l_232);
let l_250 = l_248 + l_249;
l_mut_43 = l_250;
} else {
let l_251 = is_nan_1_f32(l_218);let l_252 = is_inf_1_f32(l_218);let l_253 = l_251 || l_252;
let l_254 = is_nan_1_f32(l_222);let l_255 = l_253 || l_254;
let l_256 = is_inf_1_f32(l_222);let l_257 = l_255 || l_256;
let l_258 = is_nan_1_f32(l_226);let l_259 = l_257 || l_258;
let l_260 = is_inf_1_f32(l_226);let l_261 = l_259 || l_260;
let l_262 = !l_261;
let l_263 = !l_262;
if l_263 {
l_mut_43 = u32(4294967294);
}
}
let l_264 = l_mut_43 == u32(4294967294);
if l_264 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_265 = l_mut_43 == u32(4294967295);
if l_265 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_266 = l_2 * info.scalars_u32[2];
let l_267 = l_266 + l_mut_43;
let l_268 = u32(3) * info.scalars_u32[6];

for (var l_mut_269: u32 = u32(0); l_mut_269 < info.scalars_u32[4]; l_mut_269++) {
let l_270 = l_267 * info.scalars_u32[4];
let l_271 = l_270 + l_mut_269;
let l_272 = l_215 * info.scalars_u32[4];
let l_273 = l_272 + l_mut_269;
let l_274 = buffer_1_global[l_273];
let l_275 = bitcast<f32>(l_274);
let l_276 = &buffer_3_global[l_271];
let l_277 = atomicLoad(l_276);
let l_278 = l_277 >> u32(23);
let l_279 = l_278 & u32(255);
let l_280 = i32(l_279);
let l_281 = l_280 - i32(127);
let l_282 = i32(30) - l_281;
let l_283 = l_282 / i32(2);
l_mut_91 = f32(0.0);
let l_284 = l_283 >= i32(-126);
if l_284 {
let l_285 = l_283 + i32(127);
let l_286 = u32(l_285);
let l_287 = l_286 << u32(23);
let l_288 = bitcast<f32>(l_287);
l_mut_91 = l_288;
}
let l_289 = l_282 - l_283;
l_mut_84 = f32(0.0);
let l_290 = l_289 >= i32(-126);
if l_290 {
let l_291 = l_289 + i32(127);
let l_292 = u32(l_291);
let l_293 = l_292 << u32(23);
let l_294 = bitcast<f32>(l_293);
l_mut_84 = l_294;
}
let l_295 = l_mut_91 * l_mut_84;
let l_296 = l_275 * l_295;
let l_297 = round(l_296);
let l_298 = i32(l_297);
let l_299 = bitcast<u32>(l_298);
l_mut_43 = u32(0);
let l_300 = l_298 < i32(0);
if l_300 {
l_mut_43 = u32(4294967295);
}
let l_301 = u32(2) * l_271;
let l_302 = &buffer_4_global[l_301];
let l_303 = atomicAdd(l_302, l_299);let l_304 = ~l_303;
let l_305 = l_299 > l_304;
if l_305 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_306 = u32(2) * l_271;
let l_307 = l_306 + u32(1);
let l_308 = &buffer_4_global[l_307];
let l_309 = atomicAdd(l_308, l_mut_43);}
}
}
}
let l_310 = u32(768) + local_idx;
let l_311 = l_6 + l_310;
let l_312 = l_311 < l_mut_4;
if l_312 {
let l_313 = l_2 * info.scalars_u32[3];
let l_314 = l_313 + l_311;
let l_315 = u32(3) * l_314;
let l_316 = buffer_0_global[l_315];
let l_317 = bitcast<f32>(l_316);
let l_318 = u32(3) * l_314;
let l_319 = l_318 + u32(1);
let l_320 = buffer_0_global[l_319];
let l_321 = bitcast<f32>(l_320);
let l_322 = u32(3) * l_314;
let l_323 = l_322 + u32(2);
let l_324 = buffer_0_global[l_323];
let l_325 = bitcast<f32>(l_324);
let l_326 = l_317 - info.scalars_f32[0];
let l_327 = l_326 * info.scalars_f32[3];
let l_328 = l_321 - info.scalars_f32[1];
let l_329 = l_328 * info.scalars_f32[4];
let l_330 = l_325 - info.scalars_f32[2];
let l_331 = l_330 * info.scalars_f32[5];
let l_332 = l_327 >= f32(0.0);
let l_333 = l_327 < info.scalars_f32[6];
let l_334 = l_332 && l_333;
let l_335 = l_329 >= f32(0.0);
let l_336 = l_334 && l_335;
let l_337 = l_329 < info.scalars_f32[7];
let l_338 = l_336 && l_337;
let l_339 = l_331 >= f32(0.0);
let l_340 = l_338 && l_339;
let l_341 = l_331 < info.scalars_f32[8];
let l_342 = l_340 && l_341;
l_mut_43 = u32(4294967295);
if l_342 {
let l_343 = u32(l_327);
let l_344 = l_343 * info.scalars_u32[0];
let l_345 = u32(l_329);
let l_346 = l_344 + l_345;
let l_347 = l_346 * info.scalars_u32[1];
let l_348 = u32(l_331);
let l_349 = l_347 + l_348;
l_mut_43 = l_349;
} else {
let l_350 = is_nan_1_f32(l_317);let l_351 = is_inf_1_f32(l_317);let l_352 = l_350 || l_351;
let l_353 = is_nan_1_f32(l_321);let l_354 = l_352 || l_353;
let l_355 = is_inf_1_f32(l_321);let l_356 = l_354 || l_355;
let l_357 = is_nan_1_f32(l_325);let l_358 = l_356 || l_357;
let l_359 = is_inf_1_f32(l_325);let l_360 = l_358 || l_359;
let l_361 = !l_360;
let l_362 = !l_361;
if l_362 {
l_mut_43 = u32(4294967294);
}
}
let l_363 = l_mut_43 == u32(4294967294);
if l_363 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_364 = l_mut_43 == u32(4294967295);
if l_364 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_365 = l_2 * info.scalars_u32[2];
let l_366 = l_365 + l_mut_43;
let l_367 = u32(3) * info.scalars_u32[6];

for (var l_mut_368: u32 = u32(0); l_mut_368 < info.scalars_u32[4]; l_mut_368++) {
let l_369 = l_366 * info.scalars_u32[4];
let l_370 = l_369 + l_mut_368;
let l_371 = l_314 * info.scalars_u32[4];
let l_372 = l_371 + l_mut_368;
let l_373 = buffer_1_global[l_372];
let l_374 = bitcast<f32>(l_373);
let l_375 = &buffer_3_global[l_370];
let l_376 = atomicLoad(l_375);
let l_377 = l_376 >> u32(23);
let l_378 = l_377 & u32(255);
let l_379 = i32(l_378);
let l_380 = l_379 - i32(127);
let l_381 = i32(30) - l_380;
let l_382 = l_381 / i32(2);
l_mut_91 = f32(0.0);
let l_383 = l_382 >= i32(-126);
if l_383 {
let l_384 = l_382 + i32(127);
let l_385 = u32(l_384);
let l_386 = l_385 << u32(23);
let l_387 = bitcast<f32>(l_386);
l_mut_91 = l_387;
}
let l_388 = l_381 - l_382;
l_mut_84 = f32(0.0);
let l_389 = l_388 >= i32(-126);
if l_389 {
let l_390 = l_388 + i32(127);
let l_391 = u32(l_390);
let l_392 = l_391 << u32(23);
let l_393 = bitcast<f32>(l_392);
l_mut_84 = l_393;
}
let l_394 = l_mut_91 * l_mut_84;
let l_395 = l_374 * l_394;
let l_396 = round(l_395);
let l_397 = i32(l_396);
let l_398 = bitcast<u32>(l_397);
l_mut_43 = u32(0);
let l_399 = l_397 < i32(0);
if l_399 {
l_mut_43 = u32(4294967295);
}
let l_400 = u32(2) * l_370;
let l_401 = &buffer_4_global[l_400];
let l_402 = atomicAdd(l_401, l_398);let l_403 = ~l_402;
let l_404 = l_398 > l_403;
if l_404 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_405 = u32(2) * l_370;
let l_406 = l_405 + u32(1);
let l_407 = &buffer_4_global[l_406];
let l_408 = atomicAdd(l_407, l_mut_43);}
}
}
}
let l_409 = u32(1024) + local_idx;
let l_410 = l_6 + l_409;
let l_411 = l_410 < l_mut_4;
if l_411 {
let l_412 = l_2 * info.scalars_u32[3];
let l_413 = l_412 + l_410;
let l_414 = u32(3) * l_413;
let l_415 = buffer_0_global[l_414];
let l_416 = bitcast<f32>(l_415);
let l_417 = u32(3) * l_413;
let l_418 = l_417 + u32(1);
let l_419 = buffer_0_global[l_418];
let l_420 = bitcast<f32>(l_419);
let l_421 = u32(3) * l_413;
let l_422 = l_421 + u32(2);
let l_423 = buffer_0_global[l_422];
let l_424 = bitcast<f32>(l_423);
let l_425 = l_416 - info.scalars_f32[0];
let l_426 = l_425 * info.scalars_f32[3];
let l_427 = l_420 - info.scalars_f32[1];
let l_428 = l_427 * info.scalars_f32[4];
let l_429 = l_424 - info.scalars_f32[2];
let l_430 = l_429 * info.scalars_f32[5];
let l_431 = l_426 >= f32(0.0);
let l_432 = l_426 < info.scalars_f32[6];
let l_433 = l_431 && l_432;
let l_434 = l_428 >= f32(0.0);
let l_435 = l_433 && l_434;
let l_436 = l_428 < info.scalars_f32[7];
let l_437 = l_435 && l_436;
let l_438 = l_430 >= f32(0.0);
let l_439 = l_437 && l_438;
let l_440 = l_430 < info.scalars_f32[8];
let l_441 = l_439 && l_440;
l_mut_43 = u32(4294967295);
if l_441 {
let l_442 = u32(l_426);
let l_443 = l_442 * info.scalars_u32[0];
let l_444 = u32(l_428);
let l_445 = l_443 + l_444;
let l_446 = l_445 * info.scalars_u32[1];
let l_447 = u32(l_430);
let l_448 = l_446 + l_447;
l_mut_43 = l_448;
} else {
let l_449 = is_nan_1_f32(l_416);let l_450 = is_inf_1_f32(l_416);let l_451 = l_449 || l_450;
let l_452 = is_nan_1_f32(l_420);let l_453 = l_451 || l_452;
let l_454 = is_inf_1_f32(l_420);let l_455 = l_453 || l_454;
let l_456 = is_nan_1_f32(l_424);let l_457 = l_455 || l_456;
let l_458 = is_inf_1_f32(l_424);let l_459 = l_457 || l_458;
let l_460 = !l_459;
let l_461 = !l_460;
if l_461 {
l_mut_43 = u32(4294967294);
}
}
let l_462 = l_mut_43 == u32(4294967294);
if l_462 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_463 = l_mut_43 == u32(4294967295);
if l_463 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_464 = l_2 * info.scalars_u32[2];
let l_465 = l_464 + l_mut_43;
let l_466 = u32(3) * info.scalars_u32[6];

for (var l_mut_467: u32 = u32(0); l_mut_467 < info.scalars_u32[4]; l_mut_467++) {
let l_468 = l_465 * info.scalars_u32[4];
let l_469 = l_468 + l_mut_467;
let l_470 = l_413 * info.scalars_u32[4];
let l_471 = l_470 + l_mut_467;
let l_472 = buffer_1_global[l_471];
let l_473 = bitcast<f32>(l_472);
let l_474 = &buffer_3_global[l_469];
let l_475 = atomicLoad(l_474);
let l_476 = l_475 >> u32(23);
let l_477 = l_476 & u32(255);
let l_478 = i32(l_477);
let l_479 = l_478 - i32(127);
let l_480 = i32(30) - l_479;
let l_481 = l_480 / i32(2);
l_mut_91 = f32(0.0);
let l_482 = l_481 >= i32(-126);
if l_482 {
let l_483 = l_481 + i32(127);
let l_484 = u32(l_483);
let l_485 = l_484 << u32(23);
let l_486 = bitcast<f32>(l_485);
l_mut_91 = l_486;
}
let l_487 = l_480 - l_481;
l_mut_84 = f32(0.0);
let l_488 = l_487 >= i32(-126);
if l_488 {
let l_489 = l_487 + i32(127);
let l_490 = u32(l_489);
let l_491 = l_490 << u32(23);
let l_492 = bitcast<f32>(l_491);
l_mut_84 = l_492;
}
let l_493 = l_mut_91 * l_mut_84;
let l_494 = l_473 * l_493;
let l_495 = round(l_494);
let l_496 = i32(l_495);
let l_497 = bitcast<u32>(l_496);
l_mut_43 = u32(0);
let l_498 = l_496 < i32(0);
if l_498 {
l_mut_43 = u32(4294967295);
}
let l_499 = u32(2) * l_469;
let l_500 = &buffer_4_global[l_499];
let l_501 = atomicAdd(l_500, l_497);let l_502 = ~l_501;
let l_503 = l_497 > l_502;
if l_503 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_504 = u32(2) * l_469;
let l_505 = l_504 + u32(1);
let l_506 = &buffer_4_global[l_505];
let l_507 = atomicAdd(l_506, l_mut_43);}
}
}
}
let l_508 = u32(1280) + local_idx;
let l_509 = l_6 + l_508;
let l_510 = l_509 < l_mut_4;
if l_510 {
let l_511 = l_2 * info.scalars_u32[3];
let l_512 = l_511 + l_509;
let l_513 = u32(3) * l_512;
let l_514 = buffer_0_global[l_513];
let l_515 = bitcast<f32>(l_514);
let l_516 = u32(3) * l_512;
let l_517 = l_516 + u32(1);
let l_518 = buffer_0_global[l_517];
let l_519 = bitcast<f32>(l_518);
let l_520 = u32(3) * l_512;
let l_521 = l_520 + u32(2);
let l_522 = buffer_0_global[l_521];
let l_523 = bitcast<f32>(l_522);
let l_524 = l_515 - info.scalars_f32[0];
let l_525 = l_524 * info.scalars_f32[3];
let l_526 = l_519 - info.scalars_f32[1];
let l_527 = l_526 * info.scalars_f32[4];
let l_528 = l_523 - info.scalars_f32[2];
let l_529 = l_528 * info.scalars_f32[5];
let l_530 = l_525 >= f32(0.0);
let l_531 = l_525 < info.scalars_f32[6];
let l_532 = l_530 && l_531;
let l_533 = l_527 >= f32(0.0);
let l_534 = l_532 && l_533;
let l_535 = l_527 < info.scalars_f32[7];
let l_536 = l_534 && l_535;
let l_537 = l_529 >= f32(0.0);
let l_538 = l_536 && l_537;
let l_539 = l_529 < info.scalars_f32[8];
let l_540 = l_538 && l_539;
l_mut_43 = u32(4294967295);
if l_540 {
let l_541 = u32(l_525);
let l_542 = l_541 * info.scalars_u32[0];
let l_543 = u32(l_527);
let l_544 = l_542 + l_543;
let l_545 = l_544 * info.scalars_u32[1];
let l_546 = u32(l_529);
let l_547 = l_545 + l_546;
l_mut_43 = l_547;
} else {
let l_548 = is_nan_1_f32(l_515);let l_549 = is_inf_1_f32(l_515);let l_550 = l_548 || l_549;
let l_551 = is_nan_1_f32(l_519);let l_552 = l_550 || l_551;
let l_553 = is_inf_1_f32(l_519);let l_554 = l_552 || l_553;
let l_555 = is_nan_1_f32(l_523);let l_556 = l_554 || l_555;
let l_557 = is_inf_1_f32(l_523);let l_558 = l_556 || l_557;
let l_559 = !l_558;
let l_560 = !l_559;
if l_560 {
l_mut_43 = u32(4294967294);
}
}
let l_561 = l_mut_43 == u32(4294967294);
if l_561 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_562 = l_mut_43 == u32(4294967295);
if l_562 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_563 = l_2 * info.scalars_u32[2];
let l_564 = l_563 + l_mut_43;
let l_565 = u32(3) * info.scalars_u32[6];

for (var l_mut_566: u32 = u32(0); l_mut_566 < info.scalars_u32[4]; l_mut_566++) {
let l_567 = l_564 * info.scalars_u32[4];
let l_568 = l_567 + l_mut_566;
let l_569 = l_512 * info.scalars_u32[4];
let l_570 = l_569 + l_mut_566;
let l_571 = buffer_1_global[l_570];
let l_572 = bitcast<f32>(l_571);
let l_573 = &buffer_3_global[l_568];
let l_574 = atomicLoad(l_573);
let l_575 = l_574 >> u32(23);
let l_576 = l_575 & u32(255);
let l_577 = i32(l_576);
let l_578 = l_577 - i32(127);
let l_579 = i32(30) - l_578;
let l_580 = l_579 / i32(2);
l_mut_91 = f32(0.0);
let l_581 = l_580 >= i32(-126);
if l_581 {
let l_582 = l_580 + i32(127);
let l_583 = u32(l_582);
let l_584 = l_583 << u32(23);
let l_585 = bitcast<f32>(l_584);
l_mut_91 = l_585;
}
let l_586 = l_579 - l_580;
l_mut_84 = f32(0.0);
let l_587 = l_586 >= i32(-126);
if l_587 {
let l_588 = l_586 + i32(127);
let l_589 = u32(l_588);
let l_590 = l_589 << u32(23);
let l_591 = bitcast<f32>(l_590);
l_mut_84 = l_591;
}
let l_592 = l_mut_91 * l_mut_84;
let l_593 = l_572 * l_592;
let l_594 = round(l_593);
let l_595 = i32(l_594);
let l_596 = bitcast<u32>(l_595);
l_mut_43 = u32(0);
let l_597 = l_595 < i32(0);
if l_597 {
l_mut_43 = u32(4294967295);
}
let l_598 = u32(2) * l_568;
let l_599 = &buffer_4_global[l_598];
let l_600 = atomicAdd(l_599, l_596);let l_601 = ~l_600;
let l_602 = l_596 > l_601;
if l_602 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_603 = u32(2) * l_568;
let l_604 = l_603 + u32(1);
let l_605 = &buffer_4_global[l_604];
let l_606 = atomicAdd(l_605, l_mut_43);}
}
}
}
let l_607 = u32(1536) + local_idx;
let l_608 = l_6 + l_607;
let l_609 = l_608 < l_mut_4;
if l_609 {
let l_610 = l_2 * info.scalars_u32[3];
let l_611 = l_610 + l_608;
let l_612 = u32(3) * l_611;
let l_613 = buffer_0_global[l_612];
let l_614 = bitcast<f32>(l_613);
let l_615 = u32(3) * l_611;
let l_616 = l_615 + u32(1);
let l_617 = buffer_0_global[l_616];
let l_618 = bitcast<f32>(l_617);
let l_619 = u32(3) * l_611;
let l_620 = l_619 + u32(2);
let l_621 = buffer_0_global[l_620];
let l_622 = bitcast<f32>(l_621);
let l_623 = l_614 - info.scalars_f32[0];
let l_624 = l_623 * info.scalars_f32[3];
let l_625 = l_618 - info.scalars_f32[1];
let l_626 = l_625 * info.scalars_f32[4];
let l_627 = l_622 - info.scalars_f32[2];
let l_628 = l_627 * info.scalars_f32[5];
let l_629 = l_624 >= f32(0.0);
let l_630 = l_624 < info.scalars_f32[6];
let l_631 = l_629 && l_630;
let l_632 = l_626 >= f32(0.0);
let l_633 = l_631 && l_632;
let l_634 = l_626 < info.scalars_f32[7];
let l_635 = l_633 && l_634;
let l_636 = l_628 >= f32(0.0);
let l_637 = l_635 && l_636;
let l_638 = l_628 < info.scalars_f32[8];
let l_639 = l_637 && l_638;
l_mut_43 = u32(4294967295);
if l_639 {
let l_640 = u32(l_624);
let l_641 = l_640 * info.scalars_u32[0];
let l_642 = u32(l_626);
let l_643 = l_641 + l_642;
let l_644 = l_643 * info.scalars_u32[1];
let l_645 = u32(l_628);
let l_646 = l_644 + l_645;
l_mut_43 = l_646;
} else {
let l_647 = is_nan_1_f32(l_614);let l_648 = is_inf_1_f32(l_614);let l_649 = l_647 || l_648;
let l_650 = is_nan_1_f32(l_618);let l_651 = l_649 || l_650;
let l_652 = is_inf_1_f32(l_618);let l_653 = l_651 || l_652;
let l_654 = is_nan_1_f32(l_622);let l_655 = l_653 || l_654;
let l_656 = is_inf_1_f32(l_622);let l_657 = l_655 || l_656;
let l_658 = !l_657;
let l_659 = !l_658;
if l_659 {
l_mut_43 = u32(4294967294);
}
}
let l_660 = l_mut_43 == u32(4294967294);
if l_660 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_661 = l_mut_43 == u32(4294967295);
if l_661 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_662 = l_2 * info.scalars_u32[2];
let l_663 = l_662 + l_mut_43;
let l_664 = u32(3) * info.scalars_u32[6];

for (var l_mut_665: u32 = u32(0); l_mut_665 < info.scalars_u32[4]; l_mut_665++) {
let l_666 = l_663 * info.scalars_u32[4];
let l_667 = l_666 + l_mut_665;
let l_668 = l_611 * info.scalars_u32[4];
let l_669 = l_668 + l_mut_665;
let l_670 = buffer_1_global[l_669];
let l_671 = bitcast<f32>(l_670);
let l_672 = &buffer_3_global[l_667];
let l_673 = atomicLoad(l_672);
let l_674 = l_673 >> u32(23);
let l_675 = l_674 & u32(255);
let l_676 = i32(l_675);
let l_677 = l_676 - i32(127);
let l_678 = i32(30) - l_677;
let l_679 = l_678 / i32(2);
l_mut_91 = f32(0.0);
let l_680 = l_679 >= i32(-126);
if l_680 {
let l_681 = l_679 + i32(127);
let l_682 = u32(l_681);
let l_683 = l_682 << u32(23);
let l_684 = bitcast<f32>(l_683);
l_mut_91 = l_684;
}
let l_685 = l_678 - l_679;
l_mut_84 = f32(0.0);
let l_686 = l_685 >= i32(-126);
if l_686 {
let l_687 = l_685 + i32(127);
let l_688 = u32(l_687);
let l_689 = l_688 << u32(23);
let l_690 = bitcast<f32>(l_689);
l_mut_84 = l_690;
}
let l_691 = l_mut_91 * l_mut_84;
let l_692 = l_671 * l_691;
let l_693 = round(l_692);
let l_694 = i32(l_693);
let l_695 = bitcast<u32>(l_694);
l_mut_43 = u32(0);
let l_696 = l_694 < i32(0);
if l_696 {
l_mut_43 = u32(4294967295);
}
let l_697 = u32(2) * l_667;
let l_698 = &buffer_4_global[l_697];
let l_699 = atomicAdd(l_698, l_695);let l_700 = ~l_699;
let l_701 = l_695 > l_700;
if l_701 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_702 = u32(2) * l_667;
let l_703 = l_702 + u32(1);
let l_704 = &buffer_4_global[l_703];
let l_705 = atomicAdd(l_704, l_mut_43);}
}
}
}
let l_706 = u32(1792) + local_idx;
let l_707 = l_6 + l_706;
let l_708 = l_707 < l_mut_4;
if l_708 {
let l_709 = l_2 * info.scalars_u32[3];
let l_710 = l_709 + l_707;
let l_711 = u32(3) * l_710;
let l_712 = buffer_0_global[l_711];
let l_713 = bitcast<f32>(l_712);
let l_714 = u32(3) * l_710;
let l_715 = l_714 + u32(1);
let l_716 = buffer_0_global[l_715];
let l_717 = bitcast<f32>(l_716);
let l_718 = u32(3) * l_710;
let l_719 = l_718 + u32(2);
let l_720 = buffer_0_global[l_719];
let l_721 = bitcast<f32>(l_720);
let l_722 = l_713 - info.scalars_f32[0];
let l_723 = l_722 * info.scalars_f32[3];
let l_724 = l_717 - info.scalars_f32[1];
let l_725 = l_724 * info.scalars_f32[4];
let l_726 = l_721 - info.scalars_f32[2];
let l_727 = l_726 * info.scalars_f32[5];
let l_728 = l_723 >= f32(0.0);
let l_729 = l_723 < info.scalars_f32[6];
let l_730 = l_728 && l_729;
let l_731 = l_725 >= f32(0.0);
let l_732 = l_730 && l_731;
let l_733 = l_725 < info.scalars_f32[7];
let l_734 = l_732 && l_733;
let l_735 = l_727 >= f32(0.0);
let l_736 = l_734 && l_735;
let l_737 = l_727 < info.scalars_f32[8];
let l_738 = l_736 && l_737;
l_mut_43 = u32(4294967295);
if l_738 {
let l_739 = u32(l_723);
let l_740 = l_739 * info.scalars_u32[0];
let l_741 = u32(l_725);
let l_742 = l_740 + l_741;
let l_743 = l_742 * info.scalars_u32[1];
let l_744 = u32(l_727);
let l_745 = l_743 + l_744;
l_mut_43 = l_745;
} else {
let l_746 = is_nan_1_f32(l_713);let l_747 = is_inf_1_f32(l_713);let l_748 = l_746 || l_747;
let l_749 = is_nan_1_f32(l_717);let l_750 = l_748 || l_749;
let l_751 = is_inf_1_f32(l_717);let l_752 = l_750 || l_751;
let l_753 = is_nan_1_f32(l_721);let l_754 = l_752 || l_753;
let l_755 = is_inf_1_f32(l_721);let l_756 = l_754 || l_755;
let l_757 = !l_756;
let l_758 = !l_757;
if l_758 {
l_mut_43 = u32(4294967294);
}
}
let l_759 = l_mut_43 == u32(4294967294);
if l_759 {
l_mut_9 = l_mut_9 + u32(1);
} else {
let l_760 = l_mut_43 == u32(4294967295);
if l_760 {
l_mut_8 = l_mut_8 + u32(1);
} else {
l_mut_7 = l_mut_7 + u32(1);
let l_761 = l_2 * info.scalars_u32[2];
let l_762 = l_761 + l_mut_43;
let l_763 = u32(3) * info.scalars_u32[6];

for (var l_mut_764: u32 = u32(0); l_mut_764 < info.scalars_u32[4]; l_mut_764++) {
let l_765 = l_762 * info.scalars_u32[4];
let l_766 = l_765 + l_mut_764;
let l_767 = l_710 * info.scalars_u32[4];
let l_768 = l_767 + l_mut_764;
let l_769 = buffer_1_global[l_768];
let l_770 = bitcast<f32>(l_769);
let l_771 = &buffer_3_global[l_766];
let l_772 = atomicLoad(l_771);
let l_773 = l_772 >> u32(23);
let l_774 = l_773 & u32(255);
let l_775 = i32(l_774);
let l_776 = l_775 - i32(127);
let l_777 = i32(30) - l_776;
let l_778 = l_777 / i32(2);
l_mut_91 = f32(0.0);
let l_779 = l_778 >= i32(-126);
if l_779 {
let l_780 = l_778 + i32(127);
let l_781 = u32(l_780);
let l_782 = l_781 << u32(23);
let l_783 = bitcast<f32>(l_782);
l_mut_91 = l_783;
}
let l_784 = l_777 - l_778;
l_mut_84 = f32(0.0);
let l_785 = l_784 >= i32(-126);
if l_785 {
let l_786 = l_784 + i32(127);
let l_787 = u32(l_786);
let l_788 = l_787 << u32(23);
let l_789 = bitcast<f32>(l_788);
l_mut_84 = l_789;
}
let l_790 = l_mut_91 * l_mut_84;
let l_791 = l_770 * l_790;
let l_792 = round(l_791);
let l_793 = i32(l_792);
let l_794 = bitcast<u32>(l_793);
l_mut_43 = u32(0);
let l_795 = l_793 < i32(0);
if l_795 {
l_mut_43 = u32(4294967295);
}
let l_796 = u32(2) * l_766;
let l_797 = &buffer_4_global[l_796];
let l_798 = atomicAdd(l_797, l_794);let l_799 = ~l_798;
let l_800 = l_794 > l_799;
if l_800 {
l_mut_43 = l_mut_43 + u32(1);
}
let l_801 = u32(2) * l_766;
let l_802 = l_801 + u32(1);
let l_803 = &buffer_4_global[l_802];
let l_804 = atomicAdd(l_803, l_mut_43);}
}
}
}
}
fn is_nan_primitive_f32(x: f32) -> bool {
    let bits = bitcast<u32>(x);
    let abs_bits = bits & 0x7fffffffu;
    return abs_bits > 0x7f800000u;
}


fn is_nan_1_f32(x: f32, ) -> bool{
    return is_nan_primitive_f32(x, );
}



fn is_inf_primitive_f32(x: f32) -> bool {
    let bits = bitcast<u32>(x);
    let abs_bits = bits & 0x7fffffffu;
    return abs_bits == 0x7f800000u;
}


fn is_inf_1_f32(x: f32, ) -> bool{
    return is_inf_primitive_f32(x, );
}

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

@group(0)
@binding(4)
var<storage, read_write> buffer_4_global: array<u32>;

struct info_st {
   scalars_f32: array<f32, 2>,
   scalars_u32: array<u32, 8>,
   static_meta: array<u32, 10>,
}

@group(0)
@binding(5)
var<storage, read> info: info_st;

var<workgroup> shared_memory_3: array<u32, 64>;

var<workgroup> shared_memory_4: array<u32, 64>;

var<workgroup> shared_memory_5: array<f32, 64>;

var<workgroup> shared_memory_6: array<u32, 64>;

const WORKGROUP_SIZE_X = 256u;
const WORKGROUP_SIZE_Y = 1u;
const WORKGROUP_SIZE_Z = 1u;

@compute
@workgroup_size(256, 1, 1)
fn fuse_kernel(
    @builtin(local_invocation_index) local_idx: u32,
    @builtin(num_workgroups) num_workgroups: vec3<u32>,
    @builtin(workgroup_id) workgroup_id: vec3<u32>,
) {
let workgroup_size_no_axis = WORKGROUP_SIZE_X * WORKGROUP_SIZE_Y * WORKGROUP_SIZE_Z;
var l_mut_8: u32;
var l_mut_23: f32;
var l_mut_24: f32;
var l_mut_25: f32;
var l_mut_40: f32;
var l_mut_47: f32;
var l_mut_93: u32;
var l_mut_102: f32;
var l_mut_117: f32;
var l_mut_124: f32;
var l_mut_178: f32;
var l_mut_193: f32;
var l_mut_200: f32;
var l_mut_245: u32;
var l_mut_246: u32;
var l_mut_779: u32;
var l_mut_883: f32;
var l_mut_985: u32;
var l_mut_986: u32;
let l_0 = workgroup_id.y * num_workgroups.x;
let l_1 = l_0 + workgroup_id.x;
let l_2 = l_1 >= info.scalars_u32[6];
if l_2 {
return;
}
let l_7 = l_1 * u32(64);
l_mut_8 = local_idx;
loop {
let l_9 = l_mut_8 < u32(64);
let l_10 = !l_9;
if l_10 {
break;
}
let l_11 = l_mut_8 / u32(1);
let l_12 = l_7 + l_11;
let l_13 = l_mut_8 % u32(1);
let l_14 = l_12 < info.scalars_u32[3];
if l_14 {
let l_15 = l_12 / info.scalars_u32[4];
let l_16 = u32(2) * l_12;
let l_17 = buffer_2_global[l_16];
let l_18 = u32(2) * l_12;
let l_19 = l_18 + u32(1);
let l_20 = buffer_2_global[l_19];
let l_21 = l_20 >> u32(20);
let l_22 = l_21 & u32(2047);
l_mut_23 = f32(0.0);
l_mut_24 = f32(0.0);
l_mut_25 = f32(0.0);
let l_26 = l_22 != u32(0);
if l_26 {
let l_27 = i32(l_22);
let l_28 = l_27 - i32(1023);
let l_29 = l_20 & u32(1048575);
let l_30 = l_29 | u32(1048576);
let l_31 = l_30 << u32(3);
let l_32 = l_17 >> u32(29);
let l_33 = l_31 | l_32;
let l_34 = l_17 >> u32(5);
let l_35 = l_34 & u32(16777215);
let l_36 = l_17 & u32(31);
let l_37 = f32(l_33);
let l_38 = l_28 - i32(23);
let l_39 = l_38 / i32(2);
l_mut_40 = f32(0.0);
let l_41 = l_39 >= i32(-126);
if l_41 {
let l_42 = l_39 + i32(127);
let l_43 = u32(l_42);
let l_44 = l_43 << u32(23);
let l_45 = bitcast<f32>(l_44);
l_mut_40 = l_45;
}
let l_46 = l_38 - l_39;
l_mut_47 = f32(0.0);
let l_48 = l_46 >= i32(-126);
if l_48 {
let l_49 = l_46 + i32(127);
let l_50 = u32(l_49);
let l_51 = l_50 << u32(23);
let l_52 = bitcast<f32>(l_51);
l_mut_47 = l_52;
}
let l_53 = l_mut_40 * l_mut_47;
let l_54 = l_37 * l_53;
l_mut_23 = l_54;
let l_55 = f32(l_35);
let l_56 = l_28 - i32(47);
let l_57 = l_56 / i32(2);
l_mut_47 = f32(0.0);
let l_58 = l_57 >= i32(-126);
if l_58 {
let l_59 = l_57 + i32(127);
let l_60 = u32(l_59);
let l_61 = l_60 << u32(23);
let l_62 = bitcast<f32>(l_61);
l_mut_47 = l_62;
}
let l_63 = l_56 - l_57;
l_mut_40 = f32(0.0);
let l_64 = l_63 >= i32(-126);
if l_64 {
let l_65 = l_63 + i32(127);
let l_66 = u32(l_65);
let l_67 = l_66 << u32(23);
let l_68 = bitcast<f32>(l_67);
l_mut_40 = l_68;
}
let l_69 = l_mut_47 * l_mut_40;
let l_70 = l_55 * l_69;
l_mut_24 = l_70;
let l_71 = f32(l_36);
let l_72 = l_28 - i32(52);
let l_73 = l_72 / i32(2);
l_mut_47 = f32(0.0);
let l_74 = l_73 >= i32(-126);
if l_74 {
let l_75 = l_73 + i32(127);
let l_76 = u32(l_75);
let l_77 = l_76 << u32(23);
let l_78 = bitcast<f32>(l_77);
l_mut_47 = l_78;
}
let l_79 = l_72 - l_73;
l_mut_40 = f32(0.0);
let l_80 = l_79 >= i32(-126);
if l_80 {
let l_81 = l_79 + i32(127);
let l_82 = u32(l_81);
let l_83 = l_82 << u32(23);
let l_84 = bitcast<f32>(l_83);
l_mut_40 = l_84;
}
let l_85 = l_mut_47 * l_mut_40;
let l_86 = l_71 * l_85;
l_mut_25 = l_86;
let l_87 = l_20 >> u32(31);
let l_88 = l_87 == u32(1);
if l_88 {
let l_89 = -l_mut_23;
l_mut_23 = l_89;
let l_90 = -l_mut_24;
l_mut_24 = l_90;
let l_91 = -l_mut_25;
l_mut_25 = l_91;
}
}
let l_92 = l_13 == u32(0);
if l_92 {
l_mut_93 = info.scalars_u32[0];
let l_94 = l_15 * info.scalars_u32[0];
let l_95 = u32(2) * l_94;
let l_96 = buffer_1_global[l_95];
let l_97 = u32(2) * l_94;
let l_98 = l_97 + u32(1);
let l_99 = buffer_1_global[l_98];
let l_100 = l_99 >> u32(20);
let l_101 = l_100 & u32(2047);
l_mut_47 = f32(0.0);
l_mut_40 = f32(0.0);
l_mut_102 = f32(0.0);
let l_103 = l_101 != u32(0);
if l_103 {
let l_104 = i32(l_101);
let l_105 = l_104 - i32(1023);
let l_106 = l_99 & u32(1048575);
let l_107 = l_106 | u32(1048576);
let l_108 = l_107 << u32(3);
let l_109 = l_96 >> u32(29);
let l_110 = l_108 | l_109;
let l_111 = l_96 >> u32(5);
let l_112 = l_111 & u32(16777215);
let l_113 = l_96 & u32(31);
let l_114 = f32(l_110);
let l_115 = l_105 - i32(23);
let l_116 = l_115 / i32(2);
l_mut_117 = f32(0.0);
let l_118 = l_116 >= i32(-126);
if l_118 {
let l_119 = l_116 + i32(127);
let l_120 = u32(l_119);
let l_121 = l_120 << u32(23);
let l_122 = bitcast<f32>(l_121);
l_mut_117 = l_122;
}
let l_123 = l_115 - l_116;
l_mut_124 = f32(0.0);
let l_125 = l_123 >= i32(-126);
if l_125 {
let l_126 = l_123 + i32(127);
let l_127 = u32(l_126);
let l_128 = l_127 << u32(23);
let l_129 = bitcast<f32>(l_128);
l_mut_124 = l_129;
}
let l_130 = l_mut_117 * l_mut_124;
let l_131 = l_114 * l_130;
l_mut_47 = l_131;
let l_132 = f32(l_112);
let l_133 = l_105 - i32(47);
let l_134 = l_133 / i32(2);
l_mut_124 = f32(0.0);
let l_135 = l_134 >= i32(-126);
if l_135 {
let l_136 = l_134 + i32(127);
let l_137 = u32(l_136);
let l_138 = l_137 << u32(23);
let l_139 = bitcast<f32>(l_138);
l_mut_124 = l_139;
}
let l_140 = l_133 - l_134;
l_mut_117 = f32(0.0);
let l_141 = l_140 >= i32(-126);
if l_141 {
let l_142 = l_140 + i32(127);
let l_143 = u32(l_142);
let l_144 = l_143 << u32(23);
let l_145 = bitcast<f32>(l_144);
l_mut_117 = l_145;
}
let l_146 = l_mut_124 * l_mut_117;
let l_147 = l_132 * l_146;
l_mut_40 = l_147;
let l_148 = f32(l_113);
let l_149 = l_105 - i32(52);
let l_150 = l_149 / i32(2);
l_mut_124 = f32(0.0);
let l_151 = l_150 >= i32(-126);
if l_151 {
let l_152 = l_150 + i32(127);
let l_153 = u32(l_152);
let l_154 = l_153 << u32(23);
let l_155 = bitcast<f32>(l_154);
l_mut_124 = l_155;
}
let l_156 = l_149 - l_150;
l_mut_117 = f32(0.0);
let l_157 = l_156 >= i32(-126);
if l_157 {
let l_158 = l_156 + i32(127);
let l_159 = u32(l_158);
let l_160 = l_159 << u32(23);
let l_161 = bitcast<f32>(l_160);
l_mut_117 = l_161;
}
let l_162 = l_mut_124 * l_mut_117;
let l_163 = l_148 * l_162;
l_mut_102 = l_163;
let l_164 = l_99 >> u32(31);
let l_165 = l_164 == u32(1);
if l_165 {
let l_166 = -l_mut_47;
l_mut_47 = l_166;
let l_167 = -l_mut_40;
l_mut_40 = l_167;
let l_168 = -l_mut_102;
l_mut_102 = l_168;
}
}
let l_169 = l_mut_93 - u32(1);
let l_170 = l_94 + l_169;
let l_171 = u32(2) * l_170;
let l_172 = buffer_1_global[l_171];
let l_173 = u32(2) * l_170;
let l_174 = l_173 + u32(1);
let l_175 = buffer_1_global[l_174];
let l_176 = l_175 >> u32(20);
let l_177 = l_176 & u32(2047);
l_mut_124 = f32(0.0);
l_mut_117 = f32(0.0);
l_mut_178 = f32(0.0);
let l_179 = l_177 != u32(0);
if l_179 {
let l_180 = i32(l_177);
let l_181 = l_180 - i32(1023);
let l_182 = l_175 & u32(1048575);
let l_183 = l_182 | u32(1048576);
let l_184 = l_183 << u32(3);
let l_185 = l_172 >> u32(29);
let l_186 = l_184 | l_185;
let l_187 = l_172 >> u32(5);
let l_188 = l_187 & u32(16777215);
let l_189 = l_172 & u32(31);
let l_190 = f32(l_186);
let l_191 = l_181 - i32(23);
let l_192 = l_191 / i32(2);
l_mut_193 = f32(0.0);
let l_194 = l_192 >= i32(-126);
if l_194 {
let l_195 = l_192 + i32(127);
let l_196 = u32(l_195);
let l_197 = l_196 << u32(23);
let l_198 = bitcast<f32>(l_197);
l_mut_193 = l_198;
}
let l_199 = l_191 - l_192;
l_mut_200 = f32(0.0);
let l_201 = l_199 >= i32(-126);
if l_201 {
let l_202 = l_199 + i32(127);
let l_203 = u32(l_202);
let l_204 = l_203 << u32(23);
let l_205 = bitcast<f32>(l_204);
l_mut_200 = l_205;
}
let l_206 = l_mut_193 * l_mut_200;
let l_207 = l_190 * l_206;
l_mut_124 = l_207;
let l_208 = f32(l_188);
let l_209 = l_181 - i32(47);
let l_210 = l_209 / i32(2);
l_mut_200 = f32(0.0);
let l_211 = l_210 >= i32(-126);
if l_211 {
let l_212 = l_210 + i32(127);
let l_213 = u32(l_212);
let l_214 = l_213 << u32(23);
let l_215 = bitcast<f32>(l_214);
l_mut_200 = l_215;
}
let l_216 = l_209 - l_210;
l_mut_193 = f32(0.0);
let l_217 = l_216 >= i32(-126);
if l_217 {
let l_218 = l_216 + i32(127);
let l_219 = u32(l_218);
let l_220 = l_219 << u32(23);
let l_221 = bitcast<f32>(l_220);
l_mut_193 = l_221;
}
let l_222 = l_mut_200 * l_mut_193;
let l_223 = l_208 * l_222;
l_mut_117 = l_223;
let l_224 = f32(l_189);
let l_225 = l_181 - i32(52);
let l_226 = l_225 / i32(2);
l_mut_200 = f32(0.0);
let l_227 = l_226 >= i32(-126);
if l_227 {
let l_228 = l_226 + i32(127);
let l_229 = u32(l_228);
let l_230 = l_229 << u32(23);
let l_231 = bitcast<f32>(l_230);
l_mut_200 = l_231;
}
let l_232 = l_225 - l_226;
l_mut_193 = f32(0.0);
let l_233 = l_232 >= i32(-126);
if l_233 {
let l_234 = l_232 + i32(127);
let l_235 = u32(l_234);
let l_236 = l_235 << u32(23);
let l_237 = bitcast<f32>(l_236);
l_mut_193 = l_237;
}
let l_238 = l_mut_200 * l_mut_193;
let l_239 = l_224 * l_238;
l_mut_178 = l_239;
let l_240 = l_175 >> u32(31);
let l_241 = l_240 == u32(1);
if l_241 {
let l_242 = -l_mut_124;
l_mut_124 = l_242;
let l_243 = -l_mut_117;
l_mut_117 = l_243;
let l_244 = -l_mut_178;
l_mut_178 = l_244;
}
}
l_mut_245 = u32(0);
l_mut_246 = l_mut_93;
let l_247 = l_mut_47 < l_mut_23;
let l_248 = l_mut_47 == l_mut_23;
let l_249 = l_mut_40 < l_mut_24;
let l_250 = l_mut_40 == l_mut_24;
let l_251 = l_mut_102 <= l_mut_25;
let l_252 = l_250 && l_251;
let l_253 = l_249 || l_252;
let l_254 = l_248 && l_253;
let l_255 = l_247 || l_254;
let l_256 = !l_255;
if l_256 {
l_mut_246 = u32(0);
} else {
let l_257 = l_mut_124 < l_mut_23;
let l_258 = l_mut_124 == l_mut_23;
let l_259 = l_mut_117 < l_mut_24;
let l_260 = l_mut_117 == l_mut_24;
let l_261 = l_mut_178 <= l_mut_25;
let l_262 = l_260 && l_261;
let l_263 = l_259 || l_262;
let l_264 = l_258 && l_263;
let l_265 = l_257 || l_264;
if l_265 {
l_mut_245 = l_mut_93;
} else {
let l_266 = l_mut_124 - l_mut_47;
let l_267 = l_mut_117 - l_mut_40;
let l_268 = l_266 + l_267;
let l_269 = l_mut_178 - l_mut_102;
let l_270 = l_268 + l_269;
let l_271 = l_mut_23 - l_mut_47;
let l_272 = l_mut_24 - l_mut_40;
let l_273 = l_271 + l_272;
let l_274 = l_mut_25 - l_mut_102;
let l_275 = l_273 + l_274;
let l_276 = l_275 / l_270;
let l_277 = l_mut_93 - u32(1);
let l_278 = f32(l_277);
let l_279 = l_276 * l_278;
let l_280 = max(l_279, f32(0.0));
let l_281 = u32(l_280);
let l_282 = l_mut_93 - u32(2);
let l_283 = min(l_281, l_282);
let l_284 = l_94 + l_283;
let l_285 = u32(2) * l_284;
let l_286 = buffer_1_global[l_285];
let l_287 = u32(2) * l_284;
let l_288 = l_287 + u32(1);
let l_289 = buffer_1_global[l_288];
let l_290 = l_289 >> u32(20);
let l_291 = l_290 & u32(2047);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
l_mut_178 = f32(0.0);
let l_292 = l_291 != u32(0);
if l_292 {
let l_293 = i32(l_291);
let l_294 = l_293 - i32(1023);
let l_295 = l_289 & u32(1048575);
let l_296 = l_295 | u32(1048576);
let l_297 = l_296 << u32(3);
let l_298 = l_286 >> u32(29);
let l_299 = l_297 | l_298;
let l_300 = l_286 >> u32(5);
let l_301 = l_300 & u32(16777215);
let l_302 = l_286 & u32(31);
let l_303 = f32(l_299);
let l_304 = l_294 - i32(23);
let l_305 = l_304 / i32(2);
l_mut_124 = f32(0.0);
let l_306 = l_305 >= i32(-126);
if l_306 {
let l_307 = l_305 + i32(127);
let l_308 = u32(l_307);
let l_309 = l_308 << u32(23);
let l_310 = bitcast<f32>(l_309);
l_mut_124 = l_310;
}
let l_311 = l_304 - l_305;
l_mut_117 = f32(0.0);
let l_312 = l_311 >= i32(-126);
if l_312 {
let l_313 = l_311 + i32(127);
let l_314 = u32(l_313);
let l_315 = l_314 << u32(23);
let l_316 = bitcast<f32>(l_315);
l_mut_117 = l_316;
}
let l_317 = l_mut_124 * l_mut_117;
let l_318 = l_303 * l_317;
l_mut_200 = l_318;
let l_319 = f32(l_301);
let l_320 = l_294 - i32(47);
let l_321 = l_320 / i32(2);
l_mut_124 = f32(0.0);
let l_322 = l_321 >= i32(-126);
if l_322 {
let l_323 = l_321 + i32(127);
let l_324 = u32(l_323);
let l_325 = l_324 << u32(23);
let l_326 = bitcast<f32>(l_325);
l_mut_124 = l_326;
}
let l_327 = l_320 - l_321;
l_mut_117 = f32(0.0);
let l_328 = l_327 >= i32(-126);
if l_328 {
let l_329 = l_327 + i32(127);
let l_330 = u32(l_329);
let l_331 = l_330 << u32(23);
let l_332 = bitcast<f32>(l_331);
l_mut_117 = l_332;
}
let l_333 = l_mut_124 * l_mut_117;
let l_334 = l_319 * l_333;
l_mut_193 = l_334;
let l_335 = f32(l_302);
let l_336 = l_294 - i32(52);
let l_337 = l_336 / i32(2);
l_mut_124 = f32(0.0);
let l_338 = l_337 >= i32(-126);
if l_338 {
let l_339 = l_337 + i32(127);
let l_340 = u32(l_339);
let l_341 = l_340 << u32(23);
let l_342 = bitcast<f32>(l_341);
l_mut_124 = l_342;
}
let l_343 = l_336 - l_337;
l_mut_117 = f32(0.0);
let l_344 = l_343 >= i32(-126);
if l_344 {
let l_345 = l_343 + i32(127);
let l_346 = u32(l_345);
let l_347 = l_346 << u32(23);
let l_348 = bitcast<f32>(l_347);
l_mut_117 = l_348;
}
let l_349 = l_mut_124 * l_mut_117;
let l_350 = l_335 * l_349;
l_mut_178 = l_350;
let l_351 = l_289 >> u32(31);
let l_352 = l_351 == u32(1);
if l_352 {
let l_353 = -l_mut_200;
l_mut_200 = l_353;
let l_354 = -l_mut_193;
l_mut_193 = l_354;
let l_355 = -l_mut_178;
l_mut_178 = l_355;
}
}
let l_356 = l_mut_200 < l_mut_23;
let l_357 = l_mut_200 == l_mut_23;
let l_358 = l_mut_193 < l_mut_24;
let l_359 = l_mut_193 == l_mut_24;
let l_360 = l_mut_178 <= l_mut_25;
let l_361 = l_359 && l_360;
let l_362 = l_358 || l_361;
let l_363 = l_357 && l_362;
let l_364 = l_356 || l_363;
if l_364 {
let l_365 = l_283 + u32(1);
l_mut_245 = l_365;
let l_366 = l_283 + u32(1);
let l_367 = l_94 + l_366;
let l_368 = u32(2) * l_367;
let l_369 = buffer_1_global[l_368];
let l_370 = u32(2) * l_367;
let l_371 = l_370 + u32(1);
let l_372 = buffer_1_global[l_371];
let l_373 = l_372 >> u32(20);
let l_374 = l_373 & u32(2047);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
l_mut_178 = f32(0.0);
let l_375 = l_374 != u32(0);
if l_375 {
let l_376 = i32(l_374);
let l_377 = l_376 - i32(1023);
let l_378 = l_372 & u32(1048575);
let l_379 = l_378 | u32(1048576);
let l_380 = l_379 << u32(3);
let l_381 = l_369 >> u32(29);
let l_382 = l_380 | l_381;
let l_383 = l_369 >> u32(5);
let l_384 = l_383 & u32(16777215);
let l_385 = l_369 & u32(31);
let l_386 = f32(l_382);
let l_387 = l_377 - i32(23);
let l_388 = l_387 / i32(2);
l_mut_124 = f32(0.0);
let l_389 = l_388 >= i32(-126);
if l_389 {
let l_390 = l_388 + i32(127);
let l_391 = u32(l_390);
let l_392 = l_391 << u32(23);
let l_393 = bitcast<f32>(l_392);
l_mut_124 = l_393;
}
let l_394 = l_387 - l_388;
l_mut_117 = f32(0.0);
let l_395 = l_394 >= i32(-126);
if l_395 {
let l_396 = l_394 + i32(127);
let l_397 = u32(l_396);
let l_398 = l_397 << u32(23);
let l_399 = bitcast<f32>(l_398);
l_mut_117 = l_399;
}
let l_400 = l_mut_124 * l_mut_117;
let l_401 = l_386 * l_400;
l_mut_200 = l_401;
let l_402 = f32(l_384);
let l_403 = l_377 - i32(47);
let l_404 = l_403 / i32(2);
l_mut_124 = f32(0.0);
let l_405 = l_404 >= i32(-126);
if l_405 {
let l_406 = l_404 + i32(127);
let l_407 = u32(l_406);
let l_408 = l_407 << u32(23);
let l_409 = bitcast<f32>(l_408);
l_mut_124 = l_409;
}
let l_410 = l_403 - l_404;
l_mut_117 = f32(0.0);
let l_411 = l_410 >= i32(-126);
if l_411 {
let l_412 = l_410 + i32(127);
let l_413 = u32(l_412);
let l_414 = l_413 << u32(23);
let l_415 = bitcast<f32>(l_414);
l_mut_117 = l_415;
}
let l_416 = l_mut_124 * l_mut_117;
let l_417 = l_402 * l_416;
l_mut_193 = l_417;
let l_418 = f32(l_385);
let l_419 = l_377 - i32(52);
let l_420 = l_419 / i32(2);
l_mut_124 = f32(0.0);
let l_421 = l_420 >= i32(-126);
if l_421 {
let l_422 = l_420 + i32(127);
let l_423 = u32(l_422);
let l_424 = l_423 << u32(23);
let l_425 = bitcast<f32>(l_424);
l_mut_124 = l_425;
}
let l_426 = l_419 - l_420;
l_mut_117 = f32(0.0);
let l_427 = l_426 >= i32(-126);
if l_427 {
let l_428 = l_426 + i32(127);
let l_429 = u32(l_428);
let l_430 = l_429 << u32(23);
let l_431 = bitcast<f32>(l_430);
l_mut_117 = l_431;
}
let l_432 = l_mut_124 * l_mut_117;
let l_433 = l_418 * l_432;
l_mut_178 = l_433;
let l_434 = l_372 >> u32(31);
let l_435 = l_434 == u32(1);
if l_435 {
let l_436 = -l_mut_200;
l_mut_200 = l_436;
let l_437 = -l_mut_193;
l_mut_193 = l_437;
let l_438 = -l_mut_178;
l_mut_178 = l_438;
}
}
let l_439 = l_mut_200 < l_mut_23;
let l_440 = l_mut_200 == l_mut_23;
let l_441 = l_mut_193 < l_mut_24;
let l_442 = l_mut_193 == l_mut_24;
let l_443 = l_mut_178 <= l_mut_25;
let l_444 = l_442 && l_443;
let l_445 = l_441 || l_444;
let l_446 = l_440 && l_445;
let l_447 = l_439 || l_446;
let l_448 = !l_447;
if l_448 {
let l_449 = l_283 + u32(1);
l_mut_246 = l_449;
}
} else {
l_mut_245 = u32(1);
l_mut_246 = l_283;
}
}
}
loop {
let l_450 = l_mut_245 < l_mut_246;
let l_451 = !l_450;
if l_451 {
break;
}
let l_452 = l_mut_245 + l_mut_246;
let l_453 = l_452 / u32(2);
let l_454 = l_94 + l_453;
let l_455 = u32(2) * l_454;
let l_456 = buffer_1_global[l_455];
let l_457 = u32(2) * l_454;
let l_458 = l_457 + u32(1);
let l_459 = buffer_1_global[l_458];
let l_460 = l_459 >> u32(20);
let l_461 = l_460 & u32(2047);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
l_mut_178 = f32(0.0);
let l_462 = l_461 != u32(0);
if l_462 {
let l_463 = i32(l_461);
let l_464 = l_463 - i32(1023);
let l_465 = l_459 & u32(1048575);
let l_466 = l_465 | u32(1048576);
let l_467 = l_466 << u32(3);
let l_468 = l_456 >> u32(29);
let l_469 = l_467 | l_468;
let l_470 = l_456 >> u32(5);
let l_471 = l_470 & u32(16777215);
let l_472 = l_456 & u32(31);
let l_473 = f32(l_469);
let l_474 = l_464 - i32(23);
let l_475 = l_474 / i32(2);
l_mut_124 = f32(0.0);
let l_476 = l_475 >= i32(-126);
if l_476 {
let l_477 = l_475 + i32(127);
let l_478 = u32(l_477);
let l_479 = l_478 << u32(23);
let l_480 = bitcast<f32>(l_479);
l_mut_124 = l_480;
}
let l_481 = l_474 - l_475;
l_mut_117 = f32(0.0);
let l_482 = l_481 >= i32(-126);
if l_482 {
let l_483 = l_481 + i32(127);
let l_484 = u32(l_483);
let l_485 = l_484 << u32(23);
let l_486 = bitcast<f32>(l_485);
l_mut_117 = l_486;
}
let l_487 = l_mut_124 * l_mut_117;
let l_488 = l_473 * l_487;
l_mut_200 = l_488;
let l_489 = f32(l_471);
let l_490 = l_464 - i32(47);
let l_491 = l_490 / i32(2);
l_mut_124 = f32(0.0);
let l_492 = l_491 >= i32(-126);
if l_492 {
let l_493 = l_491 + i32(127);
let l_494 = u32(l_493);
let l_495 = l_494 << u32(23);
let l_496 = bitcast<f32>(l_495);
l_mut_124 = l_496;
}
let l_497 = l_490 - l_491;
l_mut_117 = f32(0.0);
let l_498 = l_497 >= i32(-126);
if l_498 {
let l_499 = l_497 + i32(127);
let l_500 = u32(l_499);
let l_501 = l_500 << u32(23);
let l_502 = bitcast<f32>(l_501);
l_mut_117 = l_502;
}
let l_503 = l_mut_124 * l_mut_117;
let l_504 = l_489 * l_503;
l_mut_193 = l_504;
let l_505 = f32(l_472);
let l_506 = l_464 - i32(52);
let l_507 = l_506 / i32(2);
l_mut_124 = f32(0.0);
let l_508 = l_507 >= i32(-126);
if l_508 {
let l_509 = l_507 + i32(127);
let l_510 = u32(l_509);
let l_511 = l_510 << u32(23);
let l_512 = bitcast<f32>(l_511);
l_mut_124 = l_512;
}
let l_513 = l_506 - l_507;
l_mut_117 = f32(0.0);
let l_514 = l_513 >= i32(-126);
if l_514 {
let l_515 = l_513 + i32(127);
let l_516 = u32(l_515);
let l_517 = l_516 << u32(23);
let l_518 = bitcast<f32>(l_517);
l_mut_117 = l_518;
}
let l_519 = l_mut_124 * l_mut_117;
let l_520 = l_505 * l_519;
l_mut_178 = l_520;
let l_521 = l_459 >> u32(31);
let l_522 = l_521 == u32(1);
if l_522 {
let l_523 = -l_mut_200;
l_mut_200 = l_523;
let l_524 = -l_mut_193;
l_mut_193 = l_524;
let l_525 = -l_mut_178;
l_mut_178 = l_525;
}
}
let l_526 = l_mut_200 < l_mut_23;
let l_527 = l_mut_200 == l_mut_23;
let l_528 = l_mut_193 < l_mut_24;
let l_529 = l_mut_193 == l_mut_24;
let l_530 = l_mut_178 <= l_mut_25;
let l_531 = l_529 && l_530;
let l_532 = l_528 || l_531;
let l_533 = l_527 && l_532;
let l_534 = l_526 || l_533;
if l_534 {
let l_535 = l_453 + u32(1);
l_mut_245 = l_535;
} else {
l_mut_246 = l_453;
}
}
let l_536 = l_mut_93 - u32(1);
l_mut_246 = u32(0);
let l_537 = l_mut_245 > u32(0);
let l_538 = l_94 + l_536;
let l_539 = u32(2) * l_538;
let l_540 = buffer_1_global[l_539];
let l_541 = u32(2) * l_538;
let l_542 = l_541 + u32(1);
let l_543 = buffer_1_global[l_542];
let l_544 = l_543 >> u32(20);
let l_545 = l_544 & u32(2047);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
l_mut_178 = f32(0.0);
let l_546 = l_545 != u32(0);
if l_546 {
let l_547 = i32(l_545);
let l_548 = l_547 - i32(1023);
let l_549 = l_543 & u32(1048575);
let l_550 = l_549 | u32(1048576);
let l_551 = l_550 << u32(3);
let l_552 = l_540 >> u32(29);
let l_553 = l_551 | l_552;
let l_554 = l_540 >> u32(5);
let l_555 = l_554 & u32(16777215);
let l_556 = l_540 & u32(31);
let l_557 = f32(l_553);
let l_558 = l_548 - i32(23);
let l_559 = l_558 / i32(2);
l_mut_124 = f32(0.0);
let l_560 = l_559 >= i32(-126);
if l_560 {
let l_561 = l_559 + i32(127);
let l_562 = u32(l_561);
let l_563 = l_562 << u32(23);
let l_564 = bitcast<f32>(l_563);
l_mut_124 = l_564;
}
let l_565 = l_558 - l_559;
l_mut_117 = f32(0.0);
let l_566 = l_565 >= i32(-126);
if l_566 {
let l_567 = l_565 + i32(127);
let l_568 = u32(l_567);
let l_569 = l_568 << u32(23);
let l_570 = bitcast<f32>(l_569);
l_mut_117 = l_570;
}
let l_571 = l_mut_124 * l_mut_117;
let l_572 = l_557 * l_571;
l_mut_200 = l_572;
let l_573 = f32(l_555);
let l_574 = l_548 - i32(47);
let l_575 = l_574 / i32(2);
l_mut_124 = f32(0.0);
let l_576 = l_575 >= i32(-126);
if l_576 {
let l_577 = l_575 + i32(127);
let l_578 = u32(l_577);
let l_579 = l_578 << u32(23);
let l_580 = bitcast<f32>(l_579);
l_mut_124 = l_580;
}
let l_581 = l_574 - l_575;
l_mut_117 = f32(0.0);
let l_582 = l_581 >= i32(-126);
if l_582 {
let l_583 = l_581 + i32(127);
let l_584 = u32(l_583);
let l_585 = l_584 << u32(23);
let l_586 = bitcast<f32>(l_585);
l_mut_117 = l_586;
}
let l_587 = l_mut_124 * l_mut_117;
let l_588 = l_573 * l_587;
l_mut_193 = l_588;
let l_589 = f32(l_556);
let l_590 = l_548 - i32(52);
let l_591 = l_590 / i32(2);
l_mut_124 = f32(0.0);
let l_592 = l_591 >= i32(-126);
if l_592 {
let l_593 = l_591 + i32(127);
let l_594 = u32(l_593);
let l_595 = l_594 << u32(23);
let l_596 = bitcast<f32>(l_595);
l_mut_124 = l_596;
}
let l_597 = l_590 - l_591;
l_mut_117 = f32(0.0);
let l_598 = l_597 >= i32(-126);
if l_598 {
let l_599 = l_597 + i32(127);
let l_600 = u32(l_599);
let l_601 = l_600 << u32(23);
let l_602 = bitcast<f32>(l_601);
l_mut_117 = l_602;
}
let l_603 = l_mut_124 * l_mut_117;
let l_604 = l_589 * l_603;
l_mut_178 = l_604;
let l_605 = l_543 >> u32(31);
let l_606 = l_605 == u32(1);
if l_606 {
let l_607 = -l_mut_200;
l_mut_200 = l_607;
let l_608 = -l_mut_193;
l_mut_193 = l_608;
let l_609 = -l_mut_178;
l_mut_178 = l_609;
}
}
let l_610 = l_mut_23 < l_mut_200;
let l_611 = l_mut_23 == l_mut_200;
let l_612 = l_mut_24 < l_mut_193;
let l_613 = l_mut_24 == l_mut_193;
let l_614 = l_mut_25 <= l_mut_178;
let l_615 = l_613 && l_614;
let l_616 = l_612 || l_615;
let l_617 = l_611 && l_616;
let l_618 = l_610 || l_617;
let l_619 = l_537 && l_618;
if l_619 {
l_mut_246 = u32(1);
let l_620 = l_mut_245 - u32(1);
let l_621 = l_94 + l_620;
let l_622 = u32(2) * l_621;
let l_623 = buffer_1_global[l_622];
let l_624 = u32(2) * l_621;
let l_625 = l_624 + u32(1);
let l_626 = buffer_1_global[l_625];
let l_627 = l_626 >> u32(20);
let l_628 = l_627 & u32(2047);
l_mut_200 = f32(0.0);
l_mut_193 = f32(0.0);
l_mut_178 = f32(0.0);
let l_629 = l_628 != u32(0);
if l_629 {
let l_630 = i32(l_628);
let l_631 = l_630 - i32(1023);
let l_632 = l_626 & u32(1048575);
let l_633 = l_632 | u32(1048576);
let l_634 = l_633 << u32(3);
let l_635 = l_623 >> u32(29);
let l_636 = l_634 | l_635;
let l_637 = l_623 >> u32(5);
let l_638 = l_637 & u32(16777215);
let l_639 = l_623 & u32(31);
let l_640 = f32(l_636);
let l_641 = l_631 - i32(23);
let l_642 = l_641 / i32(2);
l_mut_124 = f32(0.0);
let l_643 = l_642 >= i32(-126);
if l_643 {
let l_644 = l_642 + i32(127);
let l_645 = u32(l_644);
let l_646 = l_645 << u32(23);
let l_647 = bitcast<f32>(l_646);
l_mut_124 = l_647;
}
let l_648 = l_641 - l_642;
l_mut_117 = f32(0.0);
let l_649 = l_648 >= i32(-126);
if l_649 {
let l_650 = l_648 + i32(127);
let l_651 = u32(l_650);
let l_652 = l_651 << u32(23);
let l_653 = bitcast<f32>(l_652);
l_mut_117 = l_653;
}
let l_654 = l_mut_124 * l_mut_117;
let l_655 = l_640 * l_654;
l_mut_200 = l_655;
let l_656 = f32(l_638);
let l_657 = l_631 - i32(47);
let l_658 = l_657 / i32(2);
l_mut_124 = f32(0.0);
let l_659 = l_658 >= i32(-126);
if l_659 {
let l_660 = l_658 + i32(127);
let l_661 = u32(l_660);
let l_662 = l_661 << u32(23);
let l_663 = bitcast<f32>(l_662);
l_mut_124 = l_663;
}
let l_664 = l_657 - l_658;
l_mut_117 = f32(0.0);
let l_665 = l_664 >= i32(-126);
if l_665 {
let l_666 = l_664 + i32(127);
let l_667 = u32(l_666);
let l_668 = l_667 << u32(23);
let l_669 = bitcast<f32>(l_668);
l_mut_117 = l_669;
}
let l_670 = l_mut_124 * l_mut_117;
let l_671 = l_656 * l_670;
l_mut_193 = l_671;
let l_672 = f32(l_639);
let l_673 = l_631 - i32(52);
let l_674 = l_673 / i32(2);
l_mut_124 = f32(0.0);
let l_675 = l_674 >= i32(-126);
if l_675 {
let l_676 = l_674 + i32(127);
let l_677 = u32(l_676);
let l_678 = l_677 << u32(23);
let l_679 = bitcast<f32>(l_678);
l_mut_124 = l_679;
}
let l_680 = l_673 - l_674;
l_mut_117 = f32(0.0);
let l_681 = l_680 >= i32(-126);
if l_681 {
let l_682 = l_680 + i32(127);
let l_683 = u32(l_682);
let l_684 = l_683 << u32(23);
let l_685 = bitcast<f32>(l_684);
l_mut_117 = l_685;
}
let l_686 = l_mut_124 * l_mut_117;
let l_687 = l_672 * l_686;
l_mut_178 = l_687;
let l_688 = l_626 >> u32(31);
let l_689 = l_688 == u32(1);
if l_689 {
let l_690 = -l_mut_200;
l_mut_200 = l_690;
let l_691 = -l_mut_193;
l_mut_193 = l_691;
let l_692 = -l_mut_178;
l_mut_178 = l_692;
}
}
let l_693 = l_mut_23 - l_mut_200;
let l_694 = l_mut_24 - l_mut_193;
let l_695 = l_693 + l_694;
let l_696 = l_mut_25 - l_mut_178;
let l_697 = l_695 + l_696;
l_mut_200 = l_697;
let l_698 = l_mut_245 < l_mut_93;
if l_698 {
let l_699 = l_94 + l_mut_245;
let l_700 = u32(2) * l_699;
let l_701 = buffer_1_global[l_700];
let l_702 = u32(2) * l_699;
let l_703 = l_702 + u32(1);
let l_704 = buffer_1_global[l_703];
let l_705 = l_704 >> u32(20);
let l_706 = l_705 & u32(2047);
l_mut_193 = f32(0.0);
l_mut_178 = f32(0.0);
l_mut_124 = f32(0.0);
let l_707 = l_706 != u32(0);
if l_707 {
let l_708 = i32(l_706);
let l_709 = l_708 - i32(1023);
let l_710 = l_704 & u32(1048575);
let l_711 = l_710 | u32(1048576);
let l_712 = l_711 << u32(3);
let l_713 = l_701 >> u32(29);
let l_714 = l_712 | l_713;
let l_715 = l_701 >> u32(5);
let l_716 = l_715 & u32(16777215);
let l_717 = l_701 & u32(31);
let l_718 = f32(l_714);
let l_719 = l_709 - i32(23);
let l_720 = l_719 / i32(2);
l_mut_117 = f32(0.0);
let l_721 = l_720 >= i32(-126);
if l_721 {
let l_722 = l_720 + i32(127);
let l_723 = u32(l_722);
let l_724 = l_723 << u32(23);
let l_725 = bitcast<f32>(l_724);
l_mut_117 = l_725;
}
let l_726 = l_719 - l_720;
l_mut_102 = f32(0.0);
let l_727 = l_726 >= i32(-126);
if l_727 {
let l_728 = l_726 + i32(127);
let l_729 = u32(l_728);
let l_730 = l_729 << u32(23);
let l_731 = bitcast<f32>(l_730);
l_mut_102 = l_731;
}
let l_732 = l_mut_117 * l_mut_102;
let l_733 = l_718 * l_732;
l_mut_193 = l_733;
let l_734 = f32(l_716);
let l_735 = l_709 - i32(47);
let l_736 = l_735 / i32(2);
l_mut_117 = f32(0.0);
let l_737 = l_736 >= i32(-126);
if l_737 {
let l_738 = l_736 + i32(127);
let l_739 = u32(l_738);
let l_740 = l_739 << u32(23);
let l_741 = bitcast<f32>(l_740);
l_mut_117 = l_741;
}
let l_742 = l_735 - l_736;
l_mut_102 = f32(0.0);
let l_743 = l_742 >= i32(-126);
if l_743 {
let l_744 = l_742 + i32(127);
let l_745 = u32(l_744);
let l_746 = l_745 << u32(23);
let l_747 = bitcast<f32>(l_746);
l_mut_102 = l_747;
}
let l_748 = l_mut_117 * l_mut_102;
let l_749 = l_734 * l_748;
l_mut_178 = l_749;
let l_750 = f32(l_717);
let l_751 = l_709 - i32(52);
let l_752 = l_751 / i32(2);
l_mut_117 = f32(0.0);
let l_753 = l_752 >= i32(-126);
if l_753 {
let l_754 = l_752 + i32(127);
let l_755 = u32(l_754);
let l_756 = l_755 << u32(23);
let l_757 = bitcast<f32>(l_756);
l_mut_117 = l_757;
}
let l_758 = l_751 - l_752;
l_mut_102 = f32(0.0);
let l_759 = l_758 >= i32(-126);
if l_759 {
let l_760 = l_758 + i32(127);
let l_761 = u32(l_760);
let l_762 = l_761 << u32(23);
let l_763 = bitcast<f32>(l_762);
l_mut_102 = l_763;
}
let l_764 = l_mut_117 * l_mut_102;
let l_765 = l_750 * l_764;
l_mut_124 = l_765;
let l_766 = l_704 >> u32(31);
let l_767 = l_766 == u32(1);
if l_767 {
let l_768 = -l_mut_193;
l_mut_193 = l_768;
let l_769 = -l_mut_178;
l_mut_178 = l_769;
let l_770 = -l_mut_124;
l_mut_124 = l_770;
}
}
let l_771 = l_mut_193 - l_mut_23;
let l_772 = l_mut_178 - l_mut_24;
let l_773 = l_771 + l_772;
let l_774 = l_mut_124 - l_mut_25;
let l_775 = l_773 + l_774;
let l_776 = min(l_697, l_775);
l_mut_200 = l_776;
}
let l_777 = l_mut_200 <= info.scalars_f32[0];
let l_778 = u32(l_777);
l_mut_246 = l_778;
}
l_mut_93 = u32(0);
l_mut_779 = u32(0);
l_mut_200 = f32(0.0);
let l_780 = l_mut_245 > u32(0);
if l_780 {
let l_781 = l_mut_245 - u32(1);
l_mut_93 = l_781;
l_mut_779 = l_781;
let l_782 = l_mut_245 > l_536;
if l_782 {
l_mut_93 = l_536;
l_mut_779 = l_mut_93;
} else {
let l_783 = l_94 + l_781;
let l_784 = u32(2) * l_783;
let l_785 = buffer_1_global[l_784];
let l_786 = u32(2) * l_783;
let l_787 = l_786 + u32(1);
let l_788 = buffer_1_global[l_787];
let l_789 = l_788 >> u32(20);
let l_790 = l_789 & u32(2047);
l_mut_193 = f32(0.0);
l_mut_178 = f32(0.0);
l_mut_124 = f32(0.0);
let l_791 = l_790 != u32(0);
if l_791 {
let l_792 = i32(l_790);
let l_793 = l_792 - i32(1023);
let l_794 = l_788 & u32(1048575);
let l_795 = l_794 | u32(1048576);
let l_796 = l_795 << u32(3);
let l_797 = l_785 >> u32(29);
let l_798 = l_796 | l_797;
let l_799 = l_785 >> u32(5);
let l_800 = l_799 & u32(16777215);
let l_801 = l_785 & u32(31);
let l_802 = f32(l_798);
let l_803 = l_793 - i32(23);
let l_804 = l_803 / i32(2);
l_mut_117 = f32(0.0);
let l_805 = l_804 >= i32(-126);
if l_805 {
let l_806 = l_804 + i32(127);
let l_807 = u32(l_806);
let l_808 = l_807 << u32(23);
let l_809 = bitcast<f32>(l_808);
l_mut_117 = l_809;
}
let l_810 = l_803 - l_804;
l_mut_102 = f32(0.0);
let l_811 = l_810 >= i32(-126);
if l_811 {
let l_812 = l_810 + i32(127);
let l_813 = u32(l_812);
let l_814 = l_813 << u32(23);
let l_815 = bitcast<f32>(l_814);
l_mut_102 = l_815;
}
let l_816 = l_mut_117 * l_mut_102;
let l_817 = l_802 * l_816;
l_mut_193 = l_817;
let l_818 = f32(l_800);
let l_819 = l_793 - i32(47);
let l_820 = l_819 / i32(2);
l_mut_117 = f32(0.0);
let l_821 = l_820 >= i32(-126);
if l_821 {
let l_822 = l_820 + i32(127);
let l_823 = u32(l_822);
let l_824 = l_823 << u32(23);
let l_825 = bitcast<f32>(l_824);
l_mut_117 = l_825;
}
let l_826 = l_819 - l_820;
l_mut_102 = f32(0.0);
let l_827 = l_826 >= i32(-126);
if l_827 {
let l_828 = l_826 + i32(127);
let l_829 = u32(l_828);
let l_830 = l_829 << u32(23);
let l_831 = bitcast<f32>(l_830);
l_mut_102 = l_831;
}
let l_832 = l_mut_117 * l_mut_102;
let l_833 = l_818 * l_832;
l_mut_178 = l_833;
let l_834 = f32(l_801);
let l_835 = l_793 - i32(52);
let l_836 = l_835 / i32(2);
l_mut_117 = f32(0.0);
let l_837 = l_836 >= i32(-126);
if l_837 {
let l_838 = l_836 + i32(127);
let l_839 = u32(l_838);
let l_840 = l_839 << u32(23);
let l_841 = bitcast<f32>(l_840);
l_mut_117 = l_841;
}
let l_842 = l_835 - l_836;
l_mut_102 = f32(0.0);
let l_843 = l_842 >= i32(-126);
if l_843 {
let l_844 = l_842 + i32(127);
let l_845 = u32(l_844);
let l_846 = l_845 << u32(23);
let l_847 = bitcast<f32>(l_846);
l_mut_102 = l_847;
}
let l_848 = l_mut_117 * l_mut_102;
let l_849 = l_834 * l_848;
l_mut_124 = l_849;
let l_850 = l_788 >> u32(31);
let l_851 = l_850 == u32(1);
if l_851 {
let l_852 = -l_mut_193;
l_mut_193 = l_852;
let l_853 = -l_mut_178;
l_mut_178 = l_853;
let l_854 = -l_mut_124;
l_mut_124 = l_854;
}
}
let l_855 = l_94 + l_mut_245;
let l_856 = u32(2) * l_855;
let l_857 = buffer_1_global[l_856];
let l_858 = u32(2) * l_855;
let l_859 = l_858 + u32(1);
let l_860 = buffer_1_global[l_859];
let l_861 = l_860 >> u32(20);
let l_862 = l_861 & u32(2047);
l_mut_117 = f32(0.0);
l_mut_102 = f32(0.0);
l_mut_47 = f32(0.0);
let l_863 = l_862 != u32(0);
if l_863 {
let l_864 = i32(l_862);
let l_865 = l_864 - i32(1023);
let l_866 = l_860 & u32(1048575);
let l_867 = l_866 | u32(1048576);
let l_868 = l_867 << u32(3);
let l_869 = l_857 >> u32(29);
let l_870 = l_868 | l_869;
let l_871 = l_857 >> u32(5);
let l_872 = l_871 & u32(16777215);
let l_873 = l_857 & u32(31);
let l_874 = f32(l_870);
let l_875 = l_865 - i32(23);
let l_876 = l_875 / i32(2);
l_mut_40 = f32(0.0);
let l_877 = l_876 >= i32(-126);
if l_877 {
let l_878 = l_876 + i32(127);
let l_879 = u32(l_878);
let l_880 = l_879 << u32(23);
let l_881 = bitcast<f32>(l_880);
l_mut_40 = l_881;
}
let l_882 = l_875 - l_876;
l_mut_883 = f32(0.0);
let l_884 = l_882 >= i32(-126);
if l_884 {
let l_885 = l_882 + i32(127);
let l_886 = u32(l_885);
let l_887 = l_886 << u32(23);
let l_888 = bitcast<f32>(l_887);
l_mut_883 = l_888;
}
let l_889 = l_mut_40 * l_mut_883;
let l_890 = l_874 * l_889;
l_mut_117 = l_890;
let l_891 = f32(l_872);
let l_892 = l_865 - i32(47);
let l_893 = l_892 / i32(2);
l_mut_883 = f32(0.0);
let l_894 = l_893 >= i32(-126);
if l_894 {
let l_895 = l_893 + i32(127);
let l_896 = u32(l_895);
let l_897 = l_896 << u32(23);
let l_898 = bitcast<f32>(l_897);
l_mut_883 = l_898;
}
let l_899 = l_892 - l_893;
l_mut_40 = f32(0.0);
let l_900 = l_899 >= i32(-126);
if l_900 {
let l_901 = l_899 + i32(127);
let l_902 = u32(l_901);
let l_903 = l_902 << u32(23);
let l_904 = bitcast<f32>(l_903);
l_mut_40 = l_904;
}
let l_905 = l_mut_883 * l_mut_40;
let l_906 = l_891 * l_905;
l_mut_102 = l_906;
let l_907 = f32(l_873);
let l_908 = l_865 - i32(52);
let l_909 = l_908 / i32(2);
l_mut_883 = f32(0.0);
let l_910 = l_909 >= i32(-126);
if l_910 {
let l_911 = l_909 + i32(127);
let l_912 = u32(l_911);
let l_913 = l_912 << u32(23);
let l_914 = bitcast<f32>(l_913);
l_mut_883 = l_914;
}
let l_915 = l_908 - l_909;
l_mut_40 = f32(0.0);
let l_916 = l_915 >= i32(-126);
if l_916 {
let l_917 = l_915 + i32(127);
let l_918 = u32(l_917);
let l_919 = l_918 << u32(23);
let l_920 = bitcast<f32>(l_919);
l_mut_40 = l_920;
}
let l_921 = l_mut_883 * l_mut_40;
let l_922 = l_907 * l_921;
l_mut_47 = l_922;
let l_923 = l_860 >> u32(31);
let l_924 = l_923 == u32(1);
if l_924 {
let l_925 = -l_mut_117;
l_mut_117 = l_925;
let l_926 = -l_mut_102;
l_mut_102 = l_926;
let l_927 = -l_mut_47;
l_mut_47 = l_927;
}
}
let l_928 = l_mut_23 - l_mut_193;
let l_929 = l_mut_24 - l_mut_178;
let l_930 = l_928 + l_929;
let l_931 = l_mut_25 - l_mut_124;
let l_932 = l_930 + l_931;
let l_933 = l_mut_117 - l_mut_193;
let l_934 = l_mut_102 - l_mut_178;
let l_935 = l_933 + l_934;
let l_936 = l_mut_47 - l_mut_124;
let l_937 = l_935 + l_936;
let l_938 = l_932 / l_937;
let l_939 = l_938 != f32(0.0);
if l_939 {
l_mut_779 = l_mut_245;
l_mut_200 = l_938;
}
}
}
let l_940 = l_94 + l_mut_93;
let l_941 = l_940 * info.scalars_u32[1];
shared_memory_3[l_mut_8] = l_941;
let l_942 = l_94 + l_mut_779;
let l_943 = l_942 * info.scalars_u32[1];
shared_memory_4[l_mut_8] = l_943;
shared_memory_5[l_mut_8] = l_mut_200;
shared_memory_6[l_mut_8] = l_mut_246;
}
}
l_mut_8 = l_mut_8 + workgroup_size_no_axis;
}
workgroupBarrier();
let l_944 = u32(64) * info.scalars_u32[5];
let l_945 = l_944 / u32(1);
let l_946 = info.scalars_u32[3] * info.scalars_u32[5];
let l_947 = l_946 + u32(1);
let l_948 = l_947 - u32(1);
let l_949 = l_948 / u32(1);
let l_950 = l_1 * l_945;
l_mut_779 = local_idx;
loop {
let l_951 = l_mut_779 < l_945;
let l_952 = !l_951;
if l_952 {
break;
}
let l_953 = l_mut_779 + workgroup_size_no_axis;
let l_954 = l_mut_779 * u32(1);
let l_955 = l_954 / info.scalars_u32[5];
l_mut_246 = l_955;
let l_956 = l_954 % info.scalars_u32[5];
l_mut_245 = l_956;
l_mut_93 = u32(0);
let l_957 = l_7 + l_mut_246;
let l_958 = l_957 < info.scalars_u32[3];
if l_958 {
l_mut_883 = f32(0.0);
let l_959 = l_mut_245 >= info.scalars_u32[2];
let l_960 = info.scalars_u32[2] + info.scalars_u32[1];
let l_961 = l_mut_245 < l_960;
let l_962 = l_959 && l_961;
if l_962 {
let l_963 = l_mut_246 * u32(1);
let l_964 = l_963 + u32(0);
let l_965 = shared_memory_3[l_964];
let l_966 = shared_memory_4[l_964];
let l_967 = l_mut_245 - info.scalars_u32[2];
let l_968 = shared_memory_5[l_964];
let l_969 = l_965 + l_967;
let l_970 = buffer_0_global[l_969];
let l_971 = bitcast<f32>(l_970);
l_mut_200 = l_971;
let l_972 = l_965 != l_966;
if l_972 {
let l_973 = l_966 + l_967;
let l_974 = buffer_0_global[l_973];
let l_975 = bitcast<f32>(l_974);
let l_976 = l_975 - l_971;
let l_977 = l_968 * l_976;
let l_978 = l_971 + l_977;
l_mut_200 = l_978;
}
l_mut_883 = l_mut_200;
}
let l_979 = bitcast<u32>(l_mut_883);
let l_980 = l_979 << u32(0);
l_mut_93 = l_mut_93 | l_980;
}
l_mut_246 = u32(0);
let l_981 = l_953 < l_945;
if l_981 {
let l_982 = l_953 * u32(1);
let l_983 = l_982 / info.scalars_u32[5];
l_mut_245 = l_983;
let l_984 = l_982 % info.scalars_u32[5];
l_mut_985 = l_984;
l_mut_986 = u32(0);
let l_987 = l_7 + l_mut_245;
let l_988 = l_987 < info.scalars_u32[3];
if l_988 {
l_mut_883 = f32(0.0);
let l_989 = l_mut_985 >= info.scalars_u32[2];
let l_990 = info.scalars_u32[2] + info.scalars_u32[1];
let l_991 = l_mut_985 < l_990;
let l_992 = l_989 && l_991;
if l_992 {
let l_993 = l_mut_245 * u32(1);
let l_994 = l_993 + u32(0);
let l_995 = shared_memory_3[l_994];
let l_996 = shared_memory_4[l_994];
let l_997 = l_mut_985 - info.scalars_u32[2];
let l_998 = shared_memory_5[l_994];
let l_999 = l_995 + l_997;
let l_1000 = buffer_0_global[l_999];
let l_1001 = bitcast<f32>(l_1000);
l_mut_200 = l_1001;
let l_1002 = l_995 != l_996;
if l_1002 {
let l_1003 = l_996 + l_997;
let l_1004 = buffer_0_global[l_1003];
let l_1005 = bitcast<f32>(l_1004);
let l_1006 = l_1005 - l_1001;
let l_1007 = l_998 * l_1006;
let l_1008 = l_1001 + l_1007;
l_mut_200 = l_1008;
}
l_mut_883 = l_mut_200;
}
let l_1009 = bitcast<u32>(l_mut_883);
let l_1010 = l_1009 << u32(0);
l_mut_986 = l_mut_986 | l_1010;
}
l_mut_246 = l_mut_986;
}
let l_1011 = l_950 + l_mut_779;
let l_1012 = l_1011 < l_949;
if l_1012 {
let l_1013 = l_950 + l_mut_779;
buffer_3_global[l_1013] = l_mut_93;
}
let l_1014 = l_953 < l_945;
let l_1015 = l_950 + l_953;
let l_1016 = l_1015 < l_949;
let l_1017 = l_1014 && l_1016;
if l_1017 {
let l_1018 = l_950 + l_953;
buffer_3_global[l_1018] = l_mut_246;
}
let l_1019 = u32(2) * workgroup_size_no_axis;
l_mut_779 = l_mut_779 + l_1019;
}
let l_1020 = info.scalars_u32[3] * u32(1);
let l_1021 = l_1020 + u32(4);
let l_1022 = l_1021 - u32(1);
let l_1023 = l_1022 / u32(4);
l_mut_986 = local_idx;
loop {
let l_1024 = l_mut_986 < u32(16);
let l_1025 = !l_1024;
if l_1025 {
break;
}
let l_1026 = l_1 * u32(16);
let l_1027 = l_1026 + l_mut_986;
let l_1028 = l_1027 < l_1023;
if l_1028 {
l_mut_985 = u32(0);
let l_1029 = l_mut_986 * u32(4);
let l_1030 = l_1029 + u32(0);
let l_1031 = l_1030 / u32(1);
let l_1032 = l_7 + l_1031;
let l_1033 = l_1032 < info.scalars_u32[3];
if l_1033 {
let l_1034 = shared_memory_6[l_1030];
let l_1035 = l_1034 << u32(0);
l_mut_985 = l_mut_985 | l_1035;
}
let l_1036 = l_mut_986 * u32(4);
let l_1037 = l_1036 + u32(1);
let l_1038 = l_1037 / u32(1);
let l_1039 = l_7 + l_1038;
let l_1040 = l_1039 < info.scalars_u32[3];
if l_1040 {
let l_1041 = shared_memory_6[l_1037];
let l_1042 = l_1041 << u32(8);
l_mut_985 = l_mut_985 | l_1042;
}
let l_1043 = l_mut_986 * u32(4);
let l_1044 = l_1043 + u32(2);
let l_1045 = l_1044 / u32(1);
let l_1046 = l_7 + l_1045;
let l_1047 = l_1046 < info.scalars_u32[3];
if l_1047 {
let l_1048 = shared_memory_6[l_1044];
let l_1049 = l_1048 << u32(16);
l_mut_985 = l_mut_985 | l_1049;
}
let l_1050 = l_mut_986 * u32(4);
let l_1051 = l_1050 + u32(3);
let l_1052 = l_1051 / u32(1);
let l_1053 = l_7 + l_1052;
let l_1054 = l_1053 < info.scalars_u32[3];
if l_1054 {
let l_1055 = shared_memory_6[l_1051];
let l_1056 = l_1055 << u32(24);
l_mut_985 = l_mut_985 | l_1056;
}
buffer_4_global[l_1027] = l_mut_985;
}
l_mut_986 = l_mut_986 + workgroup_size_no_axis;
}
}

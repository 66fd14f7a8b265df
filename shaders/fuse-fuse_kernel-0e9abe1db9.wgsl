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

@group(0)
@binding(5)
var<storage, read_write> buffer_5_global: array<u32>;

struct info_st {
   scalars_f32: array<f32, 2>,
   scalars_u32: array<u32, 8>,
   static_meta: array<u32, 12>,
}

@group(0)
@binding(6)
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
var l_mut_104: f32;
var l_mut_119: f32;
var l_mut_126: f32;
var l_mut_180: f32;
var l_mut_195: f32;
var l_mut_202: f32;
var l_mut_247: u32;
var l_mut_248: u32;
var l_mut_622: u32;
var l_mut_726: f32;
var l_mut_828: u32;
var l_mut_829: u32;
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
let l_17 = buffer_3_global[l_16];
let l_18 = u32(2) * l_12;
let l_19 = l_18 + u32(1);
let l_20 = buffer_3_global[l_19];
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
let l_94 = buffer_2_global[l_15];
let l_95 = clamp(l_94, u32(1), info.scalars_u32[0]);
l_mut_93 = l_95;
let l_96 = l_15 * info.scalars_u32[0];
let l_97 = u32(2) * l_96;
let l_98 = buffer_1_global[l_97];
let l_99 = u32(2) * l_96;
let l_100 = l_99 + u32(1);
let l_101 = buffer_1_global[l_100];
let l_102 = l_101 >> u32(20);
let l_103 = l_102 & u32(2047);
l_mut_47 = f32(0.0);
l_mut_40 = f32(0.0);
l_mut_104 = f32(0.0);
let l_105 = l_103 != u32(0);
if l_105 {
let l_106 = i32(l_103);
let l_107 = l_106 - i32(1023);
let l_108 = l_101 & u32(1048575);
let l_109 = l_108 | u32(1048576);
let l_110 = l_109 << u32(3);
let l_111 = l_98 >> u32(29);
let l_112 = l_110 | l_111;
let l_113 = l_98 >> u32(5);
let l_114 = l_113 & u32(16777215);
let l_115 = l_98 & u32(31);
let l_116 = f32(l_112);
let l_117 = l_107 - i32(23);
let l_118 = l_117 / i32(2);
l_mut_119 = f32(0.0);
let l_120 = l_118 >= i32(-126);
if l_120 {
let l_121 = l_118 + i32(127);
let l_122 = u32(l_121);
let l_123 = l_122 << u32(23);
let l_124 = bitcast<f32>(l_123);
l_mut_119 = l_124;
}
let l_125 = l_117 - l_118;
l_mut_126 = f32(0.0);
let l_127 = l_125 >= i32(-126);
if l_127 {
let l_128 = l_125 + i32(127);
let l_129 = u32(l_128);
let l_130 = l_129 << u32(23);
let l_131 = bitcast<f32>(l_130);
l_mut_126 = l_131;
}
let l_132 = l_mut_119 * l_mut_126;
let l_133 = l_116 * l_132;
l_mut_47 = l_133;
let l_134 = f32(l_114);
let l_135 = l_107 - i32(47);
let l_136 = l_135 / i32(2);
l_mut_126 = f32(0.0);
let l_137 = l_136 >= i32(-126);
if l_137 {
let l_138 = l_136 + i32(127);
let l_139 = u32(l_138);
let l_140 = l_139 << u32(23);
let l_141 = bitcast<f32>(l_140);
l_mut_126 = l_141;
}
let l_142 = l_135 - l_136;
l_mut_119 = f32(0.0);
let l_143 = l_142 >= i32(-126);
if l_143 {
let l_144 = l_142 + i32(127);
let l_145 = u32(l_144);
let l_146 = l_145 << u32(23);
let l_147 = bitcast<f32>(l_146);
l_mut_119 = l_147;
}
let l_148 = l_mut_126 * l_mut_119;
let l_149 = l_134 * l_148;
l_mut_40 = l_149;
let l_150 = f32(l_115);
let l_151 = l_107 - i32(52);
let l_152 = l_151 / i32(2);
l_mut_126 = f32(0.0);
let l_153 = l_152 >= i32(-126);
if l_153 {
let l_154 = l_152 + i32(127);
let l_155 = u32(l_154);
let l_156 = l_155 << u32(23);
let l_157 = bitcast<f32>(l_156);
l_mut_126 = l_157;
}
let l_158 = l_151 - l_152;
l_mut_119 = f32(0.0);
let l_159 = l_158 >= i32(-126);
if l_159 {
let l_160 = l_158 + i32(127);
let l_161 = u32(l_160);
let l_162 = l_161 << u32(23);
let l_163 = bitcast<f32>(l_162);
l_mut_119 = l_163;
}
let l_164 = l_mut_126 * l_mut_119;
let l_165 = l_150 * l_164;
l_mut_104 = l_165;
let l_166 = l_101 >> u32(31);
let l_167 = l_166 == u32(1);
if l_167 {
let l_168 = -l_mut_47;
l_mut_47 = l_168;
let l_169 = -l_mut_40;
l_mut_40 = l_169;
let l_170 = -l_mut_104;
l_mut_104 = l_170;
}
}
let l_171 = l_mut_93 - u32(1);
let l_172 = l_96 + l_171;
let l_173 = u32(2) * l_172;
let l_174 = buffer_1_global[l_173];
let l_175 = u32(2) * l_172;
let l_176 = l_175 + u32(1);
let l_177 = buffer_1_global[l_176];
let l_178 = l_177 >> u32(20);
let l_179 = l_178 & u32(2047);
l_mut_126 = f32(0.0);
l_mut_119 = f32(0.0);
l_mut_180 = f32(0.0);
let l_181 = l_179 != u32(0);
if l_181 {
let l_182 = i32(l_179);
let l_183 = l_182 - i32(1023);
let l_184 = l_177 & u32(1048575);
let l_185 = l_184 | u32(1048576);
let l_186 = l_185 << u32(3);
let l_187 = l_174 >> u32(29);
let l_188 = l_186 | l_187;
let l_189 = l_174 >> u32(5);
let l_190 = l_189 & u32(16777215);
let l_191 = l_174 & u32(31);
let l_192 = f32(l_188);
let l_193 = l_183 - i32(23);
let l_194 = l_193 / i32(2);
l_mut_195 = f32(0.0);
let l_196 = l_194 >= i32(-126);
if l_196 {
let l_197 = l_194 + i32(127);
let l_198 = u32(l_197);
let l_199 = l_198 << u32(23);
let l_200 = bitcast<f32>(l_199);
l_mut_195 = l_200;
}
let l_201 = l_193 - l_194;
l_mut_202 = f32(0.0);
let l_203 = l_201 >= i32(-126);
if l_203 {
let l_204 = l_201 + i32(127);
let l_205 = u32(l_204);
let l_206 = l_205 << u32(23);
let l_207 = bitcast<f32>(l_206);
l_mut_202 = l_207;
}
let l_208 = l_mut_195 * l_mut_202;
let l_209 = l_192 * l_208;
l_mut_126 = l_209;
let l_210 = f32(l_190);
let l_211 = l_183 - i32(47);
let l_212 = l_211 / i32(2);
l_mut_202 = f32(0.0);
let l_213 = l_212 >= i32(-126);
if l_213 {
let l_214 = l_212 + i32(127);
let l_215 = u32(l_214);
let l_216 = l_215 << u32(23);
let l_217 = bitcast<f32>(l_216);
l_mut_202 = l_217;
}
let l_218 = l_211 - l_212;
l_mut_195 = f32(0.0);
let l_219 = l_218 >= i32(-126);
if l_219 {
let l_220 = l_218 + i32(127);
let l_221 = u32(l_220);
let l_222 = l_221 << u32(23);
let l_223 = bitcast<f32>(l_222);
l_mut_195 = l_223;
}
let l_224 = l_mut_202 * l_mut_195;
let l_225 = l_210 * l_224;
l_mut_119 = l_225;
let l_226 = f32(l_191);
let l_227 = l_183 - i32(52);
let l_228 = l_227 / i32(2);
l_mut_202 = f32(0.0);
let l_229 = l_228 >= i32(-126);
if l_229 {
let l_230 = l_228 + i32(127);
let l_231 = u32(l_230);
let l_232 = l_231 << u32(23);
let l_233 = bitcast<f32>(l_232);
l_mut_202 = l_233;
}
let l_234 = l_227 - l_228;
l_mut_195 = f32(0.0);
let l_235 = l_234 >= i32(-126);
if l_235 {
let l_236 = l_234 + i32(127);
let l_237 = u32(l_236);
let l_238 = l_237 << u32(23);
let l_239 = bitcast<f32>(l_238);
l_mut_195 = l_239;
}
let l_240 = l_mut_202 * l_mut_195;
let l_241 = l_226 * l_240;
l_mut_180 = l_241;
let l_242 = l_177 >> u32(31);
let l_243 = l_242 == u32(1);
if l_243 {
let l_244 = -l_mut_126;
l_mut_126 = l_244;
let l_245 = -l_mut_119;
l_mut_119 = l_245;
let l_246 = -l_mut_180;
l_mut_180 = l_246;
}
}
l_mut_247 = u32(0);
l_mut_248 = l_mut_93;
let l_249 = l_mut_47 < l_mut_23;
let l_250 = l_mut_47 == l_mut_23;
let l_251 = l_mut_40 < l_mut_24;
let l_252 = l_mut_40 == l_mut_24;
let l_253 = l_mut_104 <= l_mut_25;
let l_254 = l_252 && l_253;
let l_255 = l_251 || l_254;
let l_256 = l_250 && l_255;
let l_257 = l_249 || l_256;
let l_258 = !l_257;
if l_258 {
l_mut_248 = u32(0);
} else {
let l_259 = l_mut_126 < l_mut_23;
let l_260 = l_mut_126 == l_mut_23;
let l_261 = l_mut_119 < l_mut_24;
let l_262 = l_mut_119 == l_mut_24;
let l_263 = l_mut_180 <= l_mut_25;
let l_264 = l_262 && l_263;
let l_265 = l_261 || l_264;
let l_266 = l_260 && l_265;
let l_267 = l_259 || l_266;
if l_267 {
l_mut_247 = l_mut_93;
} else {
let l_268 = l_mut_126 - l_mut_47;
let l_269 = l_mut_119 - l_mut_40;
let l_270 = l_268 + l_269;
let l_271 = l_mut_180 - l_mut_104;
let l_272 = l_270 + l_271;
let l_273 = l_mut_23 - l_mut_47;
let l_274 = l_mut_24 - l_mut_40;
let l_275 = l_273 + l_274;
let l_276 = l_mut_25 - l_mut_104;
let l_277 = l_275 + l_276;
let l_278 = l_277 / l_272;
let l_279 = l_mut_93 - u32(1);
let l_280 = f32(l_279);
let l_281 = l_278 * l_280;
let l_282 = max(l_281, f32(0.0));
let l_283 = u32(l_282);
let l_284 = l_mut_93 - u32(2);
let l_285 = min(l_283, l_284);
let l_286 = l_96 + l_285;
let l_287 = u32(2) * l_286;
let l_288 = buffer_1_global[l_287];
let l_289 = u32(2) * l_286;
let l_290 = l_289 + u32(1);
let l_291 = buffer_1_global[l_290];
let l_292 = l_291 >> u32(20);
let l_293 = l_292 & u32(2047);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
l_mut_180 = f32(0.0);
let l_294 = l_293 != u32(0);
if l_294 {
let l_295 = i32(l_293);
let l_296 = l_295 - i32(1023);
let l_297 = l_291 & u32(1048575);
let l_298 = l_297 | u32(1048576);
let l_299 = l_298 << u32(3);
let l_300 = l_288 >> u32(29);
let l_301 = l_299 | l_300;
let l_302 = l_288 >> u32(5);
let l_303 = l_302 & u32(16777215);
let l_304 = l_288 & u32(31);
let l_305 = f32(l_301);
let l_306 = l_296 - i32(23);
let l_307 = l_306 / i32(2);
l_mut_126 = f32(0.0);
let l_308 = l_307 >= i32(-126);
if l_308 {
let l_309 = l_307 + i32(127);
let l_310 = u32(l_309);
let l_311 = l_310 << u32(23);
let l_312 = bitcast<f32>(l_311);
l_mut_126 = l_312;
}
let l_313 = l_306 - l_307;
l_mut_119 = f32(0.0);
let l_314 = l_313 >= i32(-126);
if l_314 {
let l_315 = l_313 + i32(127);
let l_316 = u32(l_315);
let l_317 = l_316 << u32(23);
let l_318 = bitcast<f32>(l_317);
l_mut_119 = l_318;
}
let l_319 = l_mut_126 * l_mut_119;
let l_320 = l_305 * l_319;
l_mut_202 = l_320;
let l_321 = f32(l_303);
let l_322 = l_296 - i32(47);
let l_323 = l_322 / i32(2);
l_mut_126 = f32(0.0);
let l_324 = l_323 >= i32(-126);
if l_324 {
let l_325 = l_323 + i32(127);
let l_326 = u32(l_325);
let l_327 = l_326 << u32(23);
let l_328 = bitcast<f32>(l_327);
l_mut_126 = l_328;
}
let l_329 = l_322 - l_323;
l_mut_119 = f32(0.0);
let l_330 = l_329 >= i32(-126);
if l_330 {
let l_331 = l_329 + i32(127);
let l_332 = u32(l_331);
let l_333 = l_332 << u32(23);
let l_334 = bitcast<f32>(l_333);
l_mut_119 = l_334;
}
let l_335 = l_mut_126 * l_mut_119;
let l_336 = l_321 * l_335;
l_mut_195 = l_336;
let l_337 = f32(l_304);
let l_338 = l_296 - i32(52);
let l_339 = l_338 / i32(2);
l_mut_126 = f32(0.0);
let l_340 = l_339 >= i32(-126);
if l_340 {
let l_341 = l_339 + i32(127);
let l_342 = u32(l_341);
let l_343 = l_342 << u32(23);
let l_344 = bitcast<f32>(l_343);
l_mut_126 = l_344;
}
let l_345 = l_338 - l_339;
l_mut_119 = f32(0.0);
let l_346 = l_345 >= i32(-126);
if l_346 {
let l_347 = l_345 + i32(127);
let l_348 = u32(l_347);
let l_349 = l_348 << u32(23);
let l_350 = bitcast<f32>(l_349);
l_mut_119 = l_350;
}
let l_351 = l_mut_126 * l_mut_119;
let l_352 = l_337 * l_351;
l_mut_180 = l_352;
let l_353 = l_291 >> u32(31);
let l_354 = l_353 == u32(1);
if l_354 {
let l_355 = -l_mut_202;
l_mut_202 = l_355;
let l_356 = -l_mut_195;
l_mut_195 = l_356;
let l_357 = -l_mut_180;
l_mut_180 = l_357;
}
}
let l_358 = l_mut_202 < l_mut_23;
let l_359 = l_mut_202 == l_mut_23;
let l_360 = l_mut_195 < l_mut_24;
let l_361 = l_mut_195 == l_mut_24;
let l_362 = l_mut_180 <= l_mut_25;
let l_363 = l_361 && l_362;
let l_364 = l_360 || l_363;
let l_365 = l_359 && l_364;
let l_366 = l_358 || l_365;
if l_366 {
let l_367 = l_285 + u32(1);
l_mut_247 = l_367;
let l_368 = l_285 + u32(1);
let l_369 = l_96 + l_368;
let l_370 = u32(2) * l_369;
let l_371 = buffer_1_global[l_370];
let l_372 = u32(2) * l_369;
let l_373 = l_372 + u32(1);
let l_374 = buffer_1_global[l_373];
let l_375 = l_374 >> u32(20);
let l_376 = l_375 & u32(2047);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
l_mut_180 = f32(0.0);
let l_377 = l_376 != u32(0);
if l_377 {
let l_378 = i32(l_376);
let l_379 = l_378 - i32(1023);
let l_380 = l_374 & u32(1048575);
let l_381 = l_380 | u32(1048576);
let l_382 = l_381 << u32(3);
let l_383 = l_371 >> u32(29);
let l_384 = l_382 | l_383;
let l_385 = l_371 >> u32(5);
let l_386 = l_385 & u32(16777215);
let l_387 = l_371 & u32(31);
let l_388 = f32(l_384);
let l_389 = l_379 - i32(23);
let l_390 = l_389 / i32(2);
l_mut_126 = f32(0.0);
let l_391 = l_390 >= i32(-126);
if l_391 {
let l_392 = l_390 + i32(127);
let l_393 = u32(l_392);
let l_394 = l_393 << u32(23);
let l_395 = bitcast<f32>(l_394);
l_mut_126 = l_395;
}
let l_396 = l_389 - l_390;
l_mut_119 = f32(0.0);
let l_397 = l_396 >= i32(-126);
if l_397 {
let l_398 = l_396 + i32(127);
let l_399 = u32(l_398);
let l_400 = l_399 << u32(23);
let l_401 = bitcast<f32>(l_400);
l_mut_119 = l_401;
}
let l_402 = l_mut_126 * l_mut_119;
let l_403 = l_388 * l_402;
l_mut_202 = l_403;
let l_404 = f32(l_386);
let l_405 = l_379 - i32(47);
let l_406 = l_405 / i32(2);
l_mut_126 = f32(0.0);
let l_407 = l_406 >= i32(-126);
if l_407 {
let l_408 = l_406 + i32(127);
let l_409 = u32(l_408);
let l_410 = l_409 << u32(23);
let l_411 = bitcast<f32>(l_410);
l_mut_126 = l_411;
}
let l_412 = l_405 - l_406;
l_mut_119 = f32(0.0);
let l_413 = l_412 >= i32(-126);
if l_413 {
let l_414 = l_412 + i32(127);
let l_415 = u32(l_414);
let l_416 = l_415 << u32(23);
let l_417 = bitcast<f32>(l_416);
l_mut_119 = l_417;
}
let l_418 = l_mut_126 * l_mut_119;
let l_419 = l_404 * l_418;
l_mut_195 = l_419;
let l_420 = f32(l_387);
let l_421 = l_379 - i32(52);
let l_422 = l_421 / i32(2);
l_mut_126 = f32(0.0);
let l_423 = l_422 >= i32(-126);
if l_423 {
let l_424 = l_422 + i32(127);
let l_425 = u32(l_424);
let l_426 = l_425 << u32(23);
let l_427 = bitcast<f32>(l_426);
l_mut_126 = l_427;
}
let l_428 = l_421 - l_422;
l_mut_119 = f32(0.0);
let l_429 = l_428 >= i32(-126);
if l_429 {
let l_430 = l_428 + i32(127);
let l_431 = u32(l_430);
let l_432 = l_431 << u32(23);
let l_433 = bitcast<f32>(l_432);
l_mut_119 = l_433;
}
let l_434 = l_mut_126 * l_mut_119;
let l_435 = l_420 * l_434;
l_mut_180 = l_435;
let l_436 = l_374 >> u32(31);
let l_437 = l_436 == u32(1);
if l_437 {
let l_438 = -l_mut_202;
l_mut_202 = l_438;
let l_439 = -l_mut_195;
l_mut_195 = l_439;
let l_440 = -l_mut_180;
l_mut_180 = l_440;
}
}
let l_441 = l_mut_202 < l_mut_23;
let l_442 = l_mut_202 == l_mut_23;
let l_443 = l_mut_195 < l_mut_24;
let l_444 = l_mut_195 == l_mut_24;
let l_445 = l_mut_180 <= l_mut_25;
let l_446 = l_444 && l_445;
let l_447 = l_443 || l_446;
let l_448 = l_442 && l_447;
let l_449 = l_441 || l_448;
let l_450 = !l_449;
if l_450 {
let l_451 = l_285 + u32(1);
l_mut_248 = l_451;
}
} else {
l_mut_247 = u32(1);
l_mut_248 = l_285;
}
}
}
loop {
let l_452 = l_mut_247 < l_mut_248;
let l_453 = !l_452;
if l_453 {
break;
}
let l_454 = l_mut_247 + l_mut_248;
let l_455 = l_454 / u32(2);
let l_456 = l_96 + l_455;
let l_457 = u32(2) * l_456;
let l_458 = buffer_1_global[l_457];
let l_459 = u32(2) * l_456;
let l_460 = l_459 + u32(1);
let l_461 = buffer_1_global[l_460];
let l_462 = l_461 >> u32(20);
let l_463 = l_462 & u32(2047);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
l_mut_180 = f32(0.0);
let l_464 = l_463 != u32(0);
if l_464 {
let l_465 = i32(l_463);
let l_466 = l_465 - i32(1023);
let l_467 = l_461 & u32(1048575);
let l_468 = l_467 | u32(1048576);
let l_469 = l_468 << u32(3);
let l_470 = l_458 >> u32(29);
let l_471 = l_469 | l_470;
let l_472 = l_458 >> u32(5);
let l_473 = l_472 & u32(16777215);
let l_474 = l_458 & u32(31);
let l_475 = f32(l_471);
let l_476 = l_466 - i32(23);
let l_477 = l_476 / i32(2);
l_mut_126 = f32(0.0);
let l_478 = l_477 >= i32(-126);
if l_478 {
let l_479 = l_477 + i32(127);
let l_480 = u32(l_479);
let l_481 = l_480 << u32(23);
let l_482 = bitcast<f32>(l_481);
l_mut_126 = l_482;
}
let l_483 = l_476 - l_477;
l_mut_119 = f32(0.0);
let l_484 = l_483 >= i32(-126);
if l_484 {
let l_485 = l_483 + i32(127);
let l_486 = u32(l_485);
let l_487 = l_486 << u32(23);
let l_488 = bitcast<f32>(l_487);
l_mut_119 = l_488;
}
let l_489 = l_mut_126 * l_mut_119;
let l_490 = l_475 * l_489;
l_mut_202 = l_490;
let l_491 = f32(l_473);
let l_492 = l_466 - i32(47);
let l_493 = l_492 / i32(2);
l_mut_126 = f32(0.0);
let l_494 = l_493 >= i32(-126);
if l_494 {
let l_495 = l_493 + i32(127);
let l_496 = u32(l_495);
let l_497 = l_496 << u32(23);
let l_498 = bitcast<f32>(l_497);
l_mut_126 = l_498;
}
let l_499 = l_492 - l_493;
l_mut_119 = f32(0.0);
let l_500 = l_499 >= i32(-126);
if l_500 {
let l_501 = l_499 + i32(127);
let l_502 = u32(l_501);
let l_503 = l_502 << u32(23);
let l_504 = bitcast<f32>(l_503);
l_mut_119 = l_504;
}
let l_505 = l_mut_126 * l_mut_119;
let l_506 = l_491 * l_505;
l_mut_195 = l_506;
let l_507 = f32(l_474);
let l_508 = l_466 - i32(52);
let l_509 = l_508 / i32(2);
l_mut_126 = f32(0.0);
let l_510 = l_509 >= i32(-126);
if l_510 {
let l_511 = l_509 + i32(127);
let l_512 = u32(l_511);
let l_513 = l_512 << u32(23);
let l_514 = bitcast<f32>(l_513);
l_mut_126 = l_514;
}
let l_515 = l_508 - l_509;
l_mut_119 = f32(0.0);
let l_516 = l_515 >= i32(-126);
if l_516 {
let l_517 = l_515 + i32(127);
let l_518 = u32(l_517);
let l_519 = l_518 << u32(23);
let l_520 = bitcast<f32>(l_519);
l_mut_119 = l_520;
}
let l_521 = l_mut_126 * l_mut_119;
let l_522 = l_507 * l_521;
l_mut_180 = l_522;
let l_523 = l_461 >> u32(31);
let l_524 = l_523 == u32(1);
if l_524 {
let l_525 = -l_mut_202;
l_mut_202 = l_525;
let l_526 = -l_mut_195;
l_mut_195 = l_526;
let l_527 = -l_mut_180;
l_mut_180 = l_527;
}
}
let l_528 = l_mut_202 < l_mut_23;
let l_529 = l_mut_202 == l_mut_23;
let l_530 = l_mut_195 < l_mut_24;
let l_531 = l_mut_195 == l_mut_24;
let l_532 = l_mut_180 <= l_mut_25;
let l_533 = l_531 && l_532;
let l_534 = l_530 || l_533;
let l_535 = l_529 && l_534;
let l_536 = l_528 || l_535;
if l_536 {
let l_537 = l_455 + u32(1);
l_mut_247 = l_537;
} else {
l_mut_248 = l_455;
}
}
let l_538 = l_mut_93 - u32(1);
l_mut_248 = u32(0);
let l_539 = l_mut_247 > u32(0);
let l_540 = l_96 + l_538;
let l_541 = u32(2) * l_540;
let l_542 = buffer_1_global[l_541];
let l_543 = u32(2) * l_540;
let l_544 = l_543 + u32(1);
let l_545 = buffer_1_global[l_544];
let l_546 = l_545 >> u32(20);
let l_547 = l_546 & u32(2047);
l_mut_202 = f32(0.0);
l_mut_195 = f32(0.0);
l_mut_180 = f32(0.0);
let l_548 = l_547 != u32(0);
if l_548 {
let l_549 = i32(l_547);
let l_550 = l_549 - i32(1023);
let l_551 = l_545 & u32(1048575);
let l_552 = l_551 | u32(1048576);
let l_553 = l_552 << u32(3);
let l_554 = l_542 >> u32(29);
let l_555 = l_553 | l_554;
let l_556 = l_542 >> u32(5);
let l_557 = l_556 & u32(16777215);
let l_558 = l_542 & u32(31);
let l_559 = f32(l_555);
let l_560 = l_550 - i32(23);
let l_561 = l_560 / i32(2);
l_mut_126 = f32(0.0);
let l_562 = l_561 >= i32(-126);
if l_562 {
let l_563 = l_561 + i32(127);
let l_564 = u32(l_563);
let l_565 = l_564 << u32(23);
let l_566 = bitcast<f32>(l_565);
l_mut_126 = l_566;
}
let l_567 = l_560 - l_561;
l_mut_119 = f32(0.0);
let l_568 = l_567 >= i32(-126);
if l_568 {
let l_569 = l_567 + i32(127);
let l_570 = u32(l_569);
let l_571 = l_570 << u32(23);
let l_572 = bitcast<f32>(l_571);
l_mut_119 = l_572;
}
let l_573 = l_mut_126 * l_mut_119;
let l_574 = l_559 * l_573;
l_mut_202 = l_574;
let l_575 = f32(l_557);
let l_576 = l_550 - i32(47);
let l_577 = l_576 / i32(2);
l_mut_126 = f32(0.0);
let l_578 = l_577 >= i32(-126);
if l_578 {
let l_579 = l_577 + i32(127);
let l_580 = u32(l_579);
let l_581 = l_580 << u32(23);
let l_582 = bitcast<f32>(l_581);
l_mut_126 = l_582;
}
let l_583 = l_576 - l_577;
l_mut_119 = f32(0.0);
let l_584 = l_583 >= i32(-126);
if l_584 {
let l_585 = l_583 + i32(127);
let l_586 = u32(l_585);
let l_587 = l_586 << u32(23);
let l_588 = bitcast<f32>(l_587);
l_mut_119 = l_588;
}
let l_589 = l_mut_126 * l_mut_119;
let l_590 = l_575 * l_589;
l_mut_195 = l_590;
let l_591 = f32(l_558);
let l_592 = l_550 - i32(52);
let l_593 = l_592 / i32(2);
l_mut_126 = f32(0.0);
let l_594 = l_593 >= i32(-126);
if l_594 {
let l_595 = l_593 + i32(127);
let l_596 = u32(l_595);
let l_597 = l_596 << u32(23);
let l_598 = bitcast<f32>(l_597);
l_mut_126 = l_598;
}
let l_599 = l_592 - l_593;
l_mut_119 = f32(0.0);
let l_600 = l_599 >= i32(-126);
if l_600 {
let l_601 = l_599 + i32(127);
let l_602 = u32(l_601);
let l_603 = l_602 << u32(23);
let l_604 = bitcast<f32>(l_603);
l_mut_119 = l_604;
}
let l_605 = l_mut_126 * l_mut_119;
let l_606 = l_591 * l_605;
l_mut_180 = l_606;
let l_607 = l_545 >> u32(31);
let l_608 = l_607 == u32(1);
if l_608 {
let l_609 = -l_mut_202;
l_mut_202 = l_609;
let l_610 = -l_mut_195;
l_mut_195 = l_610;
let l_611 = -l_mut_180;
l_mut_180 = l_611;
}
}
let l_612 = l_mut_23 < l_mut_202;
let l_613 = l_mut_23 == l_mut_202;
let l_614 = l_mut_24 < l_mut_195;
let l_615 = l_mut_24 == l_mut_195;
let l_616 = l_mut_25 <= l_mut_180;
let l_617 = l_615 && l_616;
let l_618 = l_614 || l_617;
let l_619 = l_613 && l_618;
let l_620 = l_612 || l_619;
let l_621 = l_539 && l_620;
if l_621 {
l_mut_248 = u32(1);
}
l_mut_93 = u32(0);
l_mut_622 = u32(0);
l_mut_202 = f32(0.0);
let l_623 = l_mut_247 > u32(0);
if l_623 {
let l_624 = l_mut_247 - u32(1);
l_mut_93 = l_624;
l_mut_622 = l_624;
let l_625 = l_mut_247 > l_538;
if l_625 {
l_mut_93 = l_538;
l_mut_622 = l_mut_93;
} else {
let l_626 = l_96 + l_624;
let l_627 = u32(2) * l_626;
let l_628 = buffer_1_global[l_627];
let l_629 = u32(2) * l_626;
let l_630 = l_629 + u32(1);
let l_631 = buffer_1_global[l_630];
let l_632 = l_631 >> u32(20);
let l_633 = l_632 & u32(2047);
l_mut_195 = f32(0.0);
l_mut_180 = f32(0.0);
l_mut_126 = f32(0.0);
let l_634 = l_633 != u32(0);
if l_634 {
let l_635 = i32(l_633);
let l_636 = l_635 - i32(1023);
let l_637 = l_631 & u32(1048575);
let l_638 = l_637 | u32(1048576);
let l_639 = l_638 << u32(3);
let l_640 = l_628 >> u32(29);
let l_641 = l_639 | l_640;
let l_642 = l_628 >> u32(5);
let l_643 = l_642 & u32(16777215);
let l_644 = l_628 & u32(31);
let l_645 = f32(l_641);
let l_646 = l_636 - i32(23);
let l_647 = l_646 / i32(2);
l_mut_119 = f32(0.0);
let l_648 = l_647 >= i32(-126);
if l_648 {
let l_649 = l_647 + i32(127);
let l_650 = u32(l_649);
let l_651 = l_650 << u32(23);
let l_652 = bitcast<f32>(l_651);
l_mut_119 = l_652;
}
let l_653 = l_646 - l_647;
l_mut_104 = f32(0.0);
let l_654 = l_653 >= i32(-126);
if l_654 {
let l_655 = l_653 + i32(127);
let l_656 = u32(l_655);
let l_657 = l_656 << u32(23);
let l_658 = bitcast<f32>(l_657);
l_mut_104 = l_658;
}
let l_659 = l_mut_119 * l_mut_104;
let l_660 = l_645 * l_659;
l_mut_195 = l_660;
let l_661 = f32(l_643);
let l_662 = l_636 - i32(47);
let l_663 = l_662 / i32(2);
l_mut_119 = f32(0.0);
let l_664 = l_663 >= i32(-126);
if l_664 {
let l_665 = l_663 + i32(127);
let l_666 = u32(l_665);
let l_667 = l_666 << u32(23);
let l_668 = bitcast<f32>(l_667);
l_mut_119 = l_668;
}
let l_669 = l_662 - l_663;
l_mut_104 = f32(0.0);
let l_670 = l_669 >= i32(-126);
if l_670 {
let l_671 = l_669 + i32(127);
let l_672 = u32(l_671);
let l_673 = l_672 << u32(23);
let l_674 = bitcast<f32>(l_673);
l_mut_104 = l_674;
}
let l_675 = l_mut_119 * l_mut_104;
let l_676 = l_661 * l_675;
l_mut_180 = l_676;
let l_677 = f32(l_644);
let l_678 = l_636 - i32(52);
let l_679 = l_678 / i32(2);
l_mut_119 = f32(0.0);
let l_680 = l_679 >= i32(-126);
if l_680 {
let l_681 = l_679 + i32(127);
let l_682 = u32(l_681);
let l_683 = l_682 << u32(23);
let l_684 = bitcast<f32>(l_683);
l_mut_119 = l_684;
}
let l_685 = l_678 - l_679;
l_mut_104 = f32(0.0);
let l_686 = l_685 >= i32(-126);
if l_686 {
let l_687 = l_685 + i32(127);
let l_688 = u32(l_687);
let l_689 = l_688 << u32(23);
let l_690 = bitcast<f32>(l_689);
l_mut_104 = l_690;
}
let l_691 = l_mut_119 * l_mut_104;
let l_692 = l_677 * l_691;
l_mut_126 = l_692;
let l_693 = l_631 >> u32(31);
let l_694 = l_693 == u32(1);
if l_694 {
let l_695 = -l_mut_195;
l_mut_195 = l_695;
let l_696 = -l_mut_180;
l_mut_180 = l_696;
let l_697 = -l_mut_126;
l_mut_126 = l_697;
}
}
let l_698 = l_96 + l_mut_247;
let l_699 = u32(2) * l_698;
let l_700 = buffer_1_global[l_699];
let l_701 = u32(2) * l_698;
let l_702 = l_701 + u32(1);
let l_703 = buffer_1_global[l_702];
let l_704 = l_703 >> u32(20);
let l_705 = l_704 & u32(2047);
l_mut_119 = f32(0.0);
l_mut_104 = f32(0.0);
l_mut_47 = f32(0.0);
let l_706 = l_705 != u32(0);
if l_706 {
let l_707 = i32(l_705);
let l_708 = l_707 - i32(1023);
let l_709 = l_703 & u32(1048575);
let l_710 = l_709 | u32(1048576);
let l_711 = l_710 << u32(3);
let l_712 = l_700 >> u32(29);
let l_713 = l_711 | l_712;
let l_714 = l_700 >> u32(5);
let l_715 = l_714 & u32(16777215);
let l_716 = l_700 & u32(31);
let l_717 = f32(l_713);
let l_718 = l_708 - i32(23);
let l_719 = l_718 / i32(2);
l_mut_40 = f32(0.0);
let l_720 = l_719 >= i32(-126);
if l_720 {
let l_721 = l_719 + i32(127);
let l_722 = u32(l_721);
let l_723 = l_722 << u32(23);
let l_724 = bitcast<f32>(l_723);
l_mut_40 = l_724;
}
let l_725 = l_718 - l_719;
l_mut_726 = f32(0.0);
let l_727 = l_725 >= i32(-126);
if l_727 {
let l_728 = l_725 + i32(127);
let l_729 = u32(l_728);
let l_730 = l_729 << u32(23);
let l_731 = bitcast<f32>(l_730);
l_mut_726 = l_731;
}
let l_732 = l_mut_40 * l_mut_726;
let l_733 = l_717 * l_732;
l_mut_119 = l_733;
let l_734 = f32(l_715);
let l_735 = l_708 - i32(47);
let l_736 = l_735 / i32(2);
l_mut_726 = f32(0.0);
let l_737 = l_736 >= i32(-126);
if l_737 {
let l_738 = l_736 + i32(127);
let l_739 = u32(l_738);
let l_740 = l_739 << u32(23);
let l_741 = bitcast<f32>(l_740);
l_mut_726 = l_741;
}
let l_742 = l_735 - l_736;
l_mut_40 = f32(0.0);
let l_743 = l_742 >= i32(-126);
if l_743 {
let l_744 = l_742 + i32(127);
let l_745 = u32(l_744);
let l_746 = l_745 << u32(23);
let l_747 = bitcast<f32>(l_746);
l_mut_40 = l_747;
}
let l_748 = l_mut_726 * l_mut_40;
let l_749 = l_734 * l_748;
l_mut_104 = l_749;
let l_750 = f32(l_716);
let l_751 = l_708 - i32(52);
let l_752 = l_751 / i32(2);
l_mut_726 = f32(0.0);
let l_753 = l_752 >= i32(-126);
if l_753 {
let l_754 = l_752 + i32(127);
let l_755 = u32(l_754);
let l_756 = l_755 << u32(23);
let l_757 = bitcast<f32>(l_756);
l_mut_726 = l_757;
}
let l_758 = l_751 - l_752;
l_mut_40 = f32(0.0);
let l_759 = l_758 >= i32(-126);
if l_759 {
let l_760 = l_758 + i32(127);
let l_761 = u32(l_760);
let l_762 = l_761 << u32(23);
let l_763 = bitcast<f32>(l_762);
l_mut_40 = l_763;
}
let l_764 = l_mut_726 * l_mut_40;
let l_765 = l_750 * l_764;
l_mut_47 = l_765;
let l_766 = l_703 >> u32(31);
let l_767 = l_766 == u32(1);
if l_767 {
let l_768 = -l_mut_119;
l_mut_119 = l_768;
let l_769 = -l_mut_104;
l_mut_104 = l_769;
let l_770 = -l_mut_47;
l_mut_47 = l_770;
}
}
let l_771 = l_mut_23 - l_mut_195;
let l_772 = l_mut_24 - l_mut_180;
let l_773 = l_771 + l_772;
let l_774 = l_mut_25 - l_mut_126;
let l_775 = l_773 + l_774;
let l_776 = l_mut_119 - l_mut_195;
let l_777 = l_mut_104 - l_mut_180;
let l_778 = l_776 + l_777;
let l_779 = l_mut_47 - l_mut_126;
let l_780 = l_778 + l_779;
let l_781 = l_775 / l_780;
let l_782 = l_781 != f32(0.0);
if l_782 {
l_mut_622 = l_mut_247;
l_mut_202 = l_781;
}
}
}
let l_783 = l_96 + l_mut_93;
let l_784 = l_783 * info.scalars_u32[1];
shared_memory_3[l_mut_8] = l_784;
let l_785 = l_96 + l_mut_622;
let l_786 = l_785 * info.scalars_u32[1];
shared_memory_4[l_mut_8] = l_786;
shared_memory_5[l_mut_8] = l_mut_202;
shared_memory_6[l_mut_8] = l_mut_248;
}
}
l_mut_8 = l_mut_8 + workgroup_size_no_axis;
}
workgroupBarrier();
let l_787 = u32(64) * info.scalars_u32[5];
let l_788 = l_787 / u32(1);
let l_789 = info.scalars_u32[3] * info.scalars_u32[5];
let l_790 = l_789 + u32(1);
let l_791 = l_790 - u32(1);
let l_792 = l_791 / u32(1);
let l_793 = l_1 * l_788;
l_mut_622 = local_idx;
loop {
let l_794 = l_mut_622 < l_788;
let l_795 = !l_794;
if l_795 {
break;
}
let l_796 = l_mut_622 + workgroup_size_no_axis;
let l_797 = l_mut_622 * u32(1);
let l_798 = l_797 / info.scalars_u32[5];
l_mut_248 = l_798;
let l_799 = l_797 % info.scalars_u32[5];
l_mut_247 = l_799;
l_mut_93 = u32(0);
let l_800 = l_7 + l_mut_248;
let l_801 = l_800 < info.scalars_u32[3];
if l_801 {
l_mut_726 = f32(0.0);
let l_802 = l_mut_247 >= info.scalars_u32[2];
let l_803 = info.scalars_u32[2] + info.scalars_u32[1];
let l_804 = l_mut_247 < l_803;
let l_805 = l_802 && l_804;
if l_805 {
let l_806 = l_mut_248 * u32(1);
let l_807 = l_806 + u32(0);
let l_808 = shared_memory_3[l_807];
let l_809 = shared_memory_4[l_807];
let l_810 = l_mut_247 - info.scalars_u32[2];
let l_811 = shared_memory_5[l_807];
let l_812 = l_808 + l_810;
let l_813 = buffer_0_global[l_812];
let l_814 = bitcast<f32>(l_813);
l_mut_202 = l_814;
let l_815 = l_808 != l_809;
if l_815 {
let l_816 = l_809 + l_810;
let l_817 = buffer_0_global[l_816];
let l_818 = bitcast<f32>(l_817);
let l_819 = l_818 - l_814;
let l_820 = l_811 * l_819;
let l_821 = l_814 + l_820;
l_mut_202 = l_821;
}
l_mut_726 = l_mut_202;
}
let l_822 = bitcast<u32>(l_mut_726);
let l_823 = l_822 << u32(0);
l_mut_93 = l_mut_93 | l_823;
}
l_mut_248 = u32(0);
let l_824 = l_796 < l_788;
if l_824 {
let l_825 = l_796 * u32(1);
let l_826 = l_825 / info.scalars_u32[5];
l_mut_247 = l_826;
let l_827 = l_825 % info.scalars_u32[5];
l_mut_828 = l_827;
l_mut_829 = u32(0);
let l_830 = l_7 + l_mut_247;
let l_831 = l_830 < info.scalars_u32[3];
if l_831 {
l_mut_726 = f32(0.0);
let l_832 = l_mut_828 >= info.scalars_u32[2];
let l_833 = info.scalars_u32[2] + info.scalars_u32[1];
let l_834 = l_mut_828 < l_833;
let l_835 = l_832 && l_834;
if l_835 {
let l_836 = l_mut_247 * u32(1);
let l_837 = l_836 + u32(0);
let l_838 = shared_memory_3[l_837];
let l_839 = shared_memory_4[l_837];
let l_840 = l_mut_828 - info.scalars_u32[2];
let l_841 = shared_memory_5[l_837];
let l_842 = l_838 + l_840;
let l_843 = buffer_0_global[l_842];
let l_844 = bitcast<f32>(l_843);
l_mut_202 = l_844;
let l_845 = l_838 != l_839;
if l_845 {
let l_846 = l_839 + l_840;
let l_847 = buffer_0_global[l_846];
let l_848 = bitcast<f32>(l_847);
let l_849 = l_848 - l_844;
let l_850 = l_841 * l_849;
let l_851 = l_844 + l_850;
l_mut_202 = l_851;
}
l_mut_726 = l_mut_202;
}
let l_852 = bitcast<u32>(l_mut_726);
let l_853 = l_852 << u32(0);
l_mut_829 = l_mut_829 | l_853;
}
l_mut_248 = l_mut_829;
}
let l_854 = l_793 + l_mut_622;
let l_855 = l_854 < l_792;
if l_855 {
let l_856 = l_793 + l_mut_622;
buffer_4_global[l_856] = l_mut_93;
}
let l_857 = l_796 < l_788;
let l_858 = l_793 + l_796;
let l_859 = l_858 < l_792;
let l_860 = l_857 && l_859;
if l_860 {
let l_861 = l_793 + l_796;
buffer_4_global[l_861] = l_mut_248;
}
let l_862 = u32(2) * workgroup_size_no_axis;
l_mut_622 = l_mut_622 + l_862;
}
}

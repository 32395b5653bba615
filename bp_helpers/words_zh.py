"""The course's words in Simplified Chinese (简体中文): English text -> Chinese.

Keys are the English texts exactly as the code and the notebooks pass them
to ``tr`` (see ``language.py``); each translation keeps the key's ``{...}``
fields.  The terms follow the course's glossary (docs/glossary_zh.md).
Sections follow where the words are shown; within a section keep the keys
in the order the learner meets them.
"""

WORDS = {
    # ---- the package: widgets, players and explorers ------------------------

    # ---- the package: pictures (keys, axis labels, titles) ------------------

    # ---- the package: verdicts, diagnoses, step descriptions, errors ---------

    # ---- the package: exercises' checkers and hints -------------------------

    # ---- notebooks 01-03 -----------------------------------------------------

    # ---- notebooks 04-06 -----------------------------------------------------
    # notebook 4
    "before the update: y_6 = {y_6:.4f}, E = {E:.4f}": "更新前：y_6 = {y_6:.4f}，E = {E:.4f}",
    "after the update:  y_6 = {y_6:.4f}, E = {E:.4f}": "更新后：y_6 = {y_6:.4f}，E = {E:.4f}",
    "y_6 after training: {y_6:.4f} (target {target:.1f})": "训练后的 y_6：{y_6:.4f}（目标值 {target:.1f}）",
    "the demo example": "演示样本",
    "a straight line": "一条直线",
    "input ({x_1:.0f}, {x_2:.0f}): hidden y = {y_3:.2f}, {y_4:.2f};  "
    "output y = {y_5:.2f} (target {target:.0f})":
        "输入 ({x_1:.0f}, {x_2:.0f})：隐藏节点 y = {y_3:.2f}, {y_4:.2f}；"
        "输出 y = {y_5:.2f}（目标值 {target:.0f}）",
    "{n} examples": "{n} 个样本",
    "E of the whole batch:           {E:.6f}": "整个批量的 E：          {E:.6f}",
    "mean of the 40 examples' E:     {E:.6f}": "40 个样本各自 E 的平均值：{E:.6f}",
    "before training": "训练前",
    "after {updates} updates": "更新 {updates} 次后",
    "{updates:5d} updates: E = {E:.5f}  ({label})": "{updates:5d} 次更新：E = {E:.5f}（{label}）",
    "E of the network with his new weights: {E:.9f}": "用他的新权重的网络：E = {E:.9f}",
    "right order": "正确顺序",
    "wrong order": "错误顺序",
    "{name}:  w_35 (his w5) = {w_35:.9f},  w_13 (his w1) = {w_13:.9f},  E after = {E:.9f}":
        "{name}：w_35（他的 w5）= {w_35:.9f}，w_13（他的 w1）= {w_13:.9f}，更新后 E = {E:.9f}",
    # notebook 5
    "the demo network: w_46 = 0.9, b_6 = 0.1, E = {E:.4f}": "演示网络：w_46 = 0.9，b_6 = 0.1，E = {E:.4f}",
    "after {k:2} updates: w_46 = {w_46:.3f}, b_6 = {b_6:.3f}, E = {E:.4f}":
        "更新 {k:2} 次后：w_46 = {w_46:.3f}，b_6 = {b_6:.3f}，E = {E:.4f}",
    "the first step is {first:.3f} long, the last {last:.3f}, on a map {width:g} wide":
        "第一步长 {first:.3f}，最后一步长 {last:.3f}，而地图宽 {width:g}",
    "x_6 = w_46 * {y_4:.3f} + b_6 + ({w_56:g}) * {y_5:.3f}: E depends on {y_4:.3f} * w_46 + b_6 only":
        "x_6 = w_46 * {y_4:.3f} + b_6 + ({w_56:g}) * {y_5:.3f}：E 只取决于 {y_4:.3f} * w_46 + b_6",
    "every one of the {n} steps moves w_46 by y_4 = {y_4:.3f} times as much as b_6: {same}":
        "{n} 步中的每一步，w_46 的变化量都是 b_6 的 y_4 = {y_4:.3f} 倍：{same}",
    "E = 0 where x_6 = {x_6:.3f}; with w_46 = 0.9 that is at b_6 = {b_6:.3f} "
    "(the slider's nearest stop: {stop:.2f})":
        "x_6 = {x_6:.3f} 时 E = 0；w_46 = 0.9 时，这对应 b_6 = {b_6:.3f}"
        "（滑块最接近的刻度：{stop:.2f}）",
    "after 30 updates x_6 = {x_6:.3f}: b_6 = {b_6:.3f} is {below:.3f} below the line E = 0":
        "更新 30 次后 x_6 = {x_6:.3f}：b_6 = {b_6:.3f}，还在直线 E = 0 下方 {below:.3f} 处",
    "player: dE/dw_46 = {dE_dw:.4f}, dE/db_6 = {dE_db:.4f}":
        "播放器：dE/dw_46 = {dE_dw:.4f}，dE/db_6 = {dE_db:.4f}",
    "map:    dE/dw_46 = {dE_dw:.4f}, dE/db_6 = {dE_db:.4f}":
        "地图：  dE/dw_46 = {dE_dw:.4f}，dE/db_6 = {dE_db:.4f}",
    "player's update (alpha = {alpha:g}): w_46 0.9 -> {w:.4f}, b_6 0.1 -> {b:.4f}":
        "播放器的更新（α = {alpha:g}）：w_46 0.9 -> {w:.4f}，b_6 0.1 -> {b:.4f}",
    "the map's first step ends at:   ({w:.4f}, {b:.4f})": "地图上第一步的终点：({w:.4f}, {b:.4f})",
    "{n} examples; at the start E = {E_start:.3f}; at (0.5, 0.25) E = {E_minimum:.1f}":
        "{n} 个样本；起点处 E = {E_start:.3f}；在 (0.5, 0.25) 处 E = {E_minimum:.1f}",
    "curvature across the valley: {across:.3f}, along its floor: {along:.3f} ({ratio:.0f} times less)":
        "横跨山谷的曲率：{across:.3f}，沿谷底的曲率：{along:.3f}（只有前者的 1/{ratio:.0f}）",
    "zigzag above alpha = 1/{across:.3f} = {zigzag:.2f}; leaves above 2/{across:.3f} = {leaves:.2f}":
        "α 大于 1/{across:.3f} = {zigzag:.2f} 时走之字形；大于 2/{across:.3f} = {leaves:.2f} 时走出地图",
    "alpha = {alpha:4}: 1 - alpha * lambda = {across:+.3f} across, {along:+.3f} along; "
    "left after 30: {left_across:.3g} across, {left_along:.3g} along":
        "α = {alpha:4}：1 - α * λ = 横跨 {across:+.3f}，沿谷底 {along:+.3f}；"
        "30 次后剩下：横跨 {left_across:.3g}，沿谷底 {left_along:.3g}",
    "at the start: gradient (dE/dw_12, dE/db_2) = ({dE_dw:.3f}, {dE_db:.3g}), downhill = ({w:.3f}, {b:.3g})":
        "起点处：梯度 (dE/dw_12, dE/db_2) = ({dE_dw:.3f}, {dE_db:.3g})，下坡方向 = ({w:.3f}, {b:.3g})",
    "the way to the minimum: ({w:+.2f}, {b:+.2f})": "从起点到最小值点：({w:+.2f}, {b:+.2f})",
    "the mean of the ten examples' gradients is the batch's gradient: {same}":
        "十个样本的梯度的平均值就是批量的梯度：{same}",
    "the ten arrows point within {spread:.0f} degrees of each other; "
    "lengths {shortest:.2f} to {longest:.2f}, the batch's {batch:.2f}":
        "十个箭头的方向彼此相差不超过 {spread:.0f} 度；"
        "长度从 {shortest:.2f} 到 {longest:.2f}，批量的箭头长 {batch:.2f}",
    "  x_input = {x:.2f}: {degrees:2.0f} degrees left of straight down":
        "  输入 x = {x:.2f}：从正下方向左偏 {degrees:2.0f} 度",
    "batch size 1": "批量大小 1",
    "batch size 3": "批量大小 3",
    "all ten": "全部十个",
    "all examples, 30 updates, alpha from 0.1 to 1.5: lowest E = {E:.3g}, at alpha = {alpha:g}":
        "全部样本，更新 30 次，α 从 0.1 到 1.5：最低的 E = {E:.3g}，在 α = {alpha:g} 时",
    "gradient descent": "梯度下降",
    "momentum (β = 0.9)": "动量 (β = 0.9)",
    "Adam": "Adam",
    "momentum": "动量",
    "E after 4, 10, 20, 25 and 30 updates:": "更新 4、10、20、25 和 30 次后的 E：",
    "first step: gradient descent {plain}  Adam {adam}": "第一步：梯度下降 {plain}  Adam {adam}",
    "Adam turns at update {turn}, at ({w:.2f}, {b:.2f}); its E from update 5 to 13: {errors}":
        "Adam 在第 {turn} 次更新时掉头，位于 ({w:.2f}, {b:.2f})；它第 5 到第 13 次更新的 E：{errors}",
    "Adam's end: ({w_12:.2f}, {b_2:.2f}); the floor there is at b_2 = {floor:.2f}":
        "Adam 的终点：({w_12:.2f}, {b_2:.2f})；那里的谷底在 b_2 = {floor:.2f}",
    # notebook 6
    "f'(x) at x =    -2      0      2": "f'(x) 在 x =    -2      0      2",
    "{sizes:>15}: {weights:3d} weights, {biases:2d} biases":
        "{sizes:>15}：{weights:3d} 个权重，{biases:2d} 个偏置",
    "points on the right side of the boundary: {share:.0%}": "落在边界正确一侧的点：{share:.0%}",

    # ---- notebooks 07-08 -----------------------------------------------------

    # ---- notebook 09: the exercises and their solutions ----------------------

    # ---- the lecture's questions (Q1-Q9, Prediction widgets and worksheet) ----

    # ---- the lecture -----------------------------------------------------------

}

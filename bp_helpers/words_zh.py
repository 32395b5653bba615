"""The course's words in Simplified Chinese (简体中文): English text -> Chinese.

Keys are the English texts exactly as the code and the notebooks pass them
to ``tr`` (see ``language.py``); each translation keeps the key's ``{...}``
fields.  The terms follow the course's glossary (docs/glossary_zh.md).
Sections follow where the words are shown; within a section keep the keys
in the order the learner meets them.
"""

WORDS = {
    # ---- the package: widgets, players and explorers ------------------------
    # the step-through player (widgets.Stepper)
    "First": "第一步",
    "Previous": "上一步",
    "Next": "下一步",
    "Last": "最后一步",
    "step": "步骤",
    "Play": "播放",
    "speed": "速度",
    "slow": "慢",
    "normal": "中",
    "fast": "快",
    "learning rate α": "学习率 α",
    "quiz me": "考考我",
    "hide each value until I predict it": "每个值先隐藏，等我预测之后再显示",
    "your prediction": "你的预测",
    "a number, e.g. -0.25": "一个数，例如 -0.25",
    "Check": "检查",
    "Reveal": "揭晓",
    "<b>step {k} of {n}</b> · {phase} · {title}": "<b>第 {k} 步，共 {n} 步</b> · {phase} · {title}",
    "forward propagation": "正向传播",
    "the error": "误差",
    "backpropagation": "反向传播",
    "the update rule": "更新法则",
    "Type your prediction in the box first, then press Check.": "先在框里输入你的预测，再按“检查”。",
    "“{typed}” is not a number: type one such as 0.25, -1.5 or 2e-3.":
        "“{typed}”不是一个数：请输入像 0.25、-1.5 或 2e-3 这样的数。",
    "<b>✓ Right.</b> {title} = {value} (you said {typed}).":
        "<b>✓ 对了。</b>{title} = {value}（你的预测是 {typed}）。",
    " The sign is wrong.": "符号错了。",
    "<b>✗ Not yet.</b> You said {typed}.{sign} Use the formula above with the numbers in the "
    "diagram, then check again or press Reveal.":
        "<b>✗ 还不对。</b>你的预测是 {typed}。{sign}用上面的公式和图中的数算一算，"
        "然后再检查一次，或者按“揭晓”。",
    "it went down ✓": "下降了 ✓",
    "it did NOT go down ✗": "没有下降 ✗",
    "<b>After one update</b> with α = {rate}: E = {E} before, E = {E_after} after: {verdict}.":
        "<b>一次更新之后</b>（α = {rate}）：更新前 E = {E}，更新后 E = {E_after}：{verdict}。",
    "{overflow}, before any update: the player needs a smaller x_input, y_target or smaller weights":
        "{overflow}；这还是在任何更新之前：播放器需要更小的 x_input、y_target 或更小的权重",
    "{overflow} after one update with learning rate {rate}: choose a smaller learning_rate "
    "(or a smaller x_input or smaller weights)":
        "{overflow}；这是学习率为 {rate} 时一次更新之后：请选更小的 learning_rate"
        "（或更小的 x_input、更小的权重）",
    # the learning-rate explorer (widgets.LearningRateExplorer)
    "updates": "更新次数",
    "Keep this curve": "保留这条曲线",
    "Clear kept curves": "清除保留的曲线",
    "Reset": "重置",
    "training": "训练中",
    "every rate": "所有学习率",
    "error": "误差",
    "boundary": "决策边界",
    "network": "网络",
    "<b>Verdict:</b> {verdict}": "<b>结论：</b>{verdict}",
    "<b>Verdict:</b> training α = {rate} for {updates} updates …":
        "<b>结论：</b>正在用 α = {rate} 训练，共 {updates} 次更新……",
    # what failed in a widget, shown in it
    "{work} failed ({kind}: {problem}).": "{work}失败了（{kind}：{problem}）。",
    "the background work on {name}": "后台对{name}的计算",
    "every step": "每一步",
    "every learning rate": "每个学习率",
    "this learning rate": "这个学习率",
    "this tab": "这个标签页",
    # predict first (predict_widgets.Prediction)
    "<b>Predict first:</b> {question}": "<b>先预测：</b>{question}",
    "Lock in my answer": "锁定我的答案",
    "Answering is optional, but it makes the experiment tell you more.":
        "回答是可选的，但先回答会让实验告诉你更多。",
    "Choose one of the answers first, or just run the experiment.": "请先选一个答案，或者直接运行实验。",
    "Your answer: <b>{answer}</b>. {then}": "你的答案：<b>{answer}</b>。{then}",
    "Now run the experiment below.": "现在运行下面的实验吧。",
    "The next slide shows it.": "下一张幻灯片揭晓答案。",
    # the classroom's consent (class_answers)
    "share my answers with my teacher": "把我的答案分享给老师",
    "Ticked, each answer you give in this notebook's quizzes and predict-first questions "
    "(the notebook's name, the question or step, your answer, and whether it was right) is "
    "sent to your teacher's class view on this classroom, under your login name.  Only "
    "teachers can open it; other learners cannot.  Unticked (as it starts), nothing is sent.":
        "勾选后，你在本笔记本的测验和“先预测”问题中给出的每个答案（笔记本名称、问题或步骤、"
        "你的答案，以及答得对不对）都会以你的登录名发送到本教室老师的班级视图。只有老师能打开它，"
        "其他同学看不到。不勾选（开始时就是不勾选）时，什么都不会发送。",
    # the error surface's widgets (surface_widgets)
    "{names}: <b>E = {E}</b> (at the start {start}; your lowest so far {best})":
        "{names}：<b>E = {E}</b>（开始时 {start}；你目前找到的最低值 {best}）",
    "batch size": "批量大小",
    "all": "全部",
    "momentum β": "动量 β",

    # ---- the package: pictures (keys, axis labels, titles) ------------------

    # the network diagram: its key, the error box, the table under it
    "forward: values flow": "正向传播：数值向右流动",
    "backward: derivatives flow": "反向传播：导数向左流动",
    "node:": "节点：",
    "above the line,": "在横线上方，",
    "below": "在下方",
    "edge:": "边：",
    "dashed: w < 0": "虚线：w < 0",
    "E: the error": "E：误差",
    "computed": "本步计算",
    "in focus": "当前关注",
    "read": "本步读取",
    "target": "目标",
    "target_{n}": "目标_{n}",
    "node {n}": "节点 {n}",
    "edge": "边",
    # the chain rule, drawn
    "product": "从 E 往回的",
    "from E back": "乘积",
    "local derivative": "局部导数",
    "the rest": "路径的",
    "of the path": "其余部分",
    "via y_{n}": "经过 y_{n}",
    "via node {n}": "经过节点 {n}",
    "via nodes {first} to {last}": "经过节点 {first} 到 {last}",
    "path through {place}:": "经过{place} 的路径：",
    # activation functions, the error against one weight, the error functions
    "linear": "线性函数",
    "leaky ReLU": "泄漏 ReLU",
    "f'(x) = 1 if x > 0 else 0": "f'(x) = 1（x > 0 时），否则为 0",
    "f'(x) = 1 if x > 0 else 0.01": "f'(x) = 1（x > 0 时），否则为 0.01",
    "total input x": "总输入 x",
    "y = f(x), and f'(x)": "y = f(x) 与 f'(x)",
    "E as {w_ij} changes": "E 随 {w_ij} 的变化",
    "tangent: slope dE/d{w_ij} = {slope}": "切线：斜率 dE/d{w_ij} = {slope}",
    "now: {w_ij} = {w}, E = {E}": "当前：{w_ij} = {w}，E = {E}",
    "{w_ij} moved alone: {w_ij} = {w}, E = {E}": "只移动 {w_ij}：{w_ij} = {w}，E = {E}",
    "its move -α·dE/d{w_ij} = {move} (α = {alpha})": "它的移动量 -α·dE/d{w_ij} = {move}（α = {alpha}）",
    "weight {w_ij}": "权重 {w_ij}",
    "error E": "误差 E",
    "E against {w_ij}, all else fixed": "E 随 {w_ij} 的变化（其余参数不变）",
    "zoomed in {times} times along w": "沿 w 方向放大 {times} 倍",
    "dE/d{w_ij} < 0: the update raises {w_ij}": "dE/d{w_ij} < 0：更新使 {w_ij} 增大",
    "dE/d{w_ij} > 0: the update lowers {w_ij}": "dE/d{w_ij} > 0：更新使 {w_ij} 减小",
    "dE/d{w_ij} = 0: the update leaves {w_ij} as it is": "dE/d{w_ij} = 0：更新不改变 {w_ij}",
    "squared error": "平方误差",
    "cross-entropy": "交叉熵",
    "dE/dx of the output node": "输出节点的 dE/dx",
    "updates made": "已做的更新次数",
    # what one update does; learning rates compared; fits to a data set
    "y after the update": "更新后的 y",
    "the target, {target}": "目标 {target}",
    "y before it, {y}": "更新前的 y：{y}",
    "output y": "输出 y",
    "E after the update": "更新后的 E",
    "E before it, {E}": "更新前的 E：{E}",
    "the examples' y_target": "样本的目标值",
    "the network's y_output: {label}": "网络的输出：{label}",
    "x_input": "网络的输入",
    "y_target, y_output": "目标值与网络输出",
    # gradients layer by layer
    "{name} (0 in {count} layers)": "{name}（{count} 层为 0）",
    "layer l (1 = the first hidden layer, the last = the output)":
        "第 l 层（1 = 第一个隐藏层，最后一层 = 输出层）",
    "mean |dE/dx| (log scale)": "|dE/dx| 的平均值（对数刻度）",
    # the error surface: maps, gradients, paths
    "a line every {step} of E, up to {top}": "E 每隔 {step} 一条等高线，直到 {top}",
    "E is the same all over": "E 处处相同",
    "E over {first} and {second} (all else fixed)": "E 随 {first} 和 {second} 的变化（其余参数不变）",
    "{lines}; darker: higher E": "{lines}；颜色越深，E 越大",
    "E = 0: output = target": "E = 0：输出 = 目标",
    "minimum": "最小值",
    "now: E = {E}": "当前：E = {E}",
    "the path: {updates} updates": "路径：{updates} 次更新",
    "downhill: −gradient, not to scale": "下坡方向：−梯度（未按比例）",
    "flat here: no way down": "此处平坦：没有下坡方向",
    "first step −α·gradient, α = {alpha}": "第一步 −α·梯度，α = {alpha}",
    ": too short to see, ends in the ring": "：太短看不见，终点在圆环内",
    ", to scale": "，按比例",
    ": it leaves the map": "：走出了图的范围",
    "start": "起点",
    "examples seen": "已看过的样本数",
    "E on all examples": "全部样本上的 E",
    "error curves": "误差曲线",
    "the point": "该点",
    "each example's −gradient ({count})": "每个样本的 −梯度（{count} 个）",
    "their mean: the batch's −gradient": "它们的平均：批量的 −梯度",
    "all drawn to one scale": "全部按同一比例绘制",
    # the widgets' plots: error curves, decision boundaries, the rate sweep
    "update": "更新",
    "✕ in the grey band: E blew up": "灰色带中的 ✕：E 爆炸了",
    "E blew up": "E 爆炸了",
    "The prediction overflows here:\nthe weights are too large to shade.":
        "此处预测值溢出：\n权重太大，无法着色。",
    "prediction y": "预测输出 y",
    "class {k}": "类别 {k}",
    "boundary y = 0.5": "决策边界 y = 0.5",
    "wrong region": "落在错误区域",
    "input 1": "输入 1",
    "input 2": "输入 2",
    "final error E": "最终误差 E",
    "E < {floor}, drawn at it": "E < {floor}，画在该处",
    "the rate in use": "当前使用的学习率",
    "rate in use": "当前学习率",
    "computing every rate ...": "正在计算每个学习率……",
    "α = {rate} ({outcome})": "α = {rate}（{outcome}）",
    "diverged at update {k}": "在第 {k} 次更新时发散",
    "no gradient": "没有梯度",
    "too slow": "太慢",
    "stalled": "停滞",
    "converging": "收敛",
    "getting worse": "越来越差",
    "oscillating": "振荡",
    "diverged": "发散",
    "short run": "运行太短",

    # ---- the package: verdicts, diagnoses, step descriptions, errors ---------
    # training: how E went (training.describe_change, train, verdict)
    "fell from {start} to {end}": "从 {start} 降到 {end}",
    "rose from {start} to {end}": "从 {start} 升到 {end}",
    "stayed at {start}": "保持在 {start}",
    "fell from {start} by too little to show in {digits} significant digits":
        "从 {start} 下降了，但降幅太小，{digits} 位有效数字显示不出来",
    "rose from {start} by too little to show in {digits} significant digits":
        "从 {start} 上升了，但升幅太小，{digits} 位有效数字显示不出来",
    "E {change} in {updates} updates": "{updates} 次更新中 E {change}",
    # a walk on the error surface (error_surface.Path: its message and label)
    "E {change} in {updates} update": "{updates} 次更新中 E {change}",
    "left the map at update {k}": "第 {k} 次更新时跑出了地图",
    "diverged at update {k}: a number overflowed": "第 {k} 次更新时发散：有个数溢出了",
    "all examples": "全部样本",
    "batch size {n}": "批量大小 {n}",
    "{optimiser}, {batch}": "{optimiser}，{batch}",
    "{updates} update: E {change}": "{updates} 次更新：E {change}",
    "{updates} updates: E {change}": "{updates} 次更新：E {change}",
    "no change: E stayed at {E} in all {updates} updates, so the updates moved no weight: "
    "every dE/dw is 0 (then no learning rate helps), or the learning rate is too small to "
    "move them":
        "没有变化：全部 {updates} 次更新中 E 一直是 {E}，所以这些更新没有移动任何权重："
        "要么每个 dE/dw 都是 0（那么换哪个学习率都没用），要么学习率太小，移不动它们",
    "oscillating: E rose in {share} of the {updates} updates, jumping up and down":
        "振荡：{updates} 次更新中，{share}让 E 上升了，E 忽高忽低",
    "more than 1 in 10": "超过十分之一的更新",
    "about a third": "约三分之一的更新",
    "about half": "约一半的更新",
    "most": "大多数更新",
    "getting worse: {change}; the updates overshoot": "越来越差：{change}；更新冲过了头",
    "too slow: {change}; it did not even halve": "太慢：{change}；连一半都没有降到",
    "stalled: {change}, but the second half of the run hardly lowered it":
        "停滞：{change}，但训练的后一半几乎没有让它再降低",
    "converging: {change}": "收敛：{change}",
    # a verdict's label (the explorer's curves, notebook 7's table)
    # a run that diverged (training.divergence, stop_run)
    "E became {E}": "E 变成了 {E}",
    "E grew past {growth} times its starting value (E = {E})": "E 超过了初始值的 {growth} 倍（E = {E}）",
    "keeps its starting parameters (E = {E})": "保留初始参数（E = {E}）",
    "keeps its parameters of update {k} (E = {E})": "保留第 {k} 次更新时的参数（E = {E}）",
    "gets its starting parameters back (E = {E}): E on the whole data set overflows with "
    "those of update {k}":
        "恢复为初始参数（E = {E}）：用第 {k} 次更新时的参数，整个数据集上的 E 会溢出",
    "diverged at update {k}: {problem}; the network {kept}": "在第 {k} 次更新时发散：{problem}；网络{kept}",
    # a number past the largest float (network.Overflow and the messages around it)
    "{step}() overflowed: the total input x of layer {l} is inf or NaN (the weights or x_input "
    "are too large)":
        "{step}() 溢出：第 {l} 层的总输入 x 是 inf 或 NaN（权重或 x_input 太大）",
    "{step}() overflowed: E is {E} (the output y is too far from y_target)":
        "{step}() 溢出：E 是 {E}（输出 y 离 y_target 太远）",
    "{step}() overflowed: {name}[{k}] holds inf or NaN (the weights or the inputs are too large)":
        "{step}() 溢出：{name}[{k}] 中有 inf 或 NaN（权重或输入太大）",
    "{step}() overflowed: w - learning_rate * dE/dw (or the same for a bias) is too large for a "
    "float with learning_rate = {rate}; no weight or bias was changed: use a smaller learning_rate":
        "{step}() 溢出：learning_rate = {rate} 时，w - learning_rate * dE/dw（或偏置的同一算式）"
        "太大，超出了浮点数的范围；没有改动任何权重或偏置：请用更小的 learning_rate",
    "{step}() of {optimiser} overflowed: the new w (or what the step computes on the way) is too "
    "large for a float; nothing was changed: use smaller w, dE_dw or learning_rate":
        "{optimiser} 的 {step}() 溢出：新的 w（或计算途中的某个值）太大，超出了浮点数的范围；"
        "什么都没有改动：请用更小的 w、dE_dw 或 learning_rate",
    "the error overflowed (inf or NaN) on part of the map: use a smaller span":
        "误差在地图的一部分上溢出了（inf 或 NaN）：请缩小地图的范围",
    # what went wrong in a network (diagnoses.diagnose)
    "values overflow: {overflow}": "数值溢出：{overflow}",
    "{count} example": "{count} 个样本",
    "{count} examples": "{count} 个样本",
    ", ": "、",
    "{first} and {last}": "{first} 和 {last}",
    "twin nodes {nodes}: the same incoming weights, bias and outgoing weights, so every update "
    "changes them alike: they can never become different":
        "双胞胎节点 {nodes}：输入权重、偏置和输出权重都相同，所以每次更新对它们的改变都一样："
        "它们永远不会变得不同",
    "dead ReLU node {node}": "死亡 ReLU 节点 {node}",
    "dead ReLU nodes {nodes}": "死亡 ReLU 节点 {nodes}",
    "{count} dead ReLU nodes: {shown} and {more} more":
        "{count} 个死亡 ReLU 节点：{shown}，另外还有 {more} 个",
    "saturated node {node}": "饱和节点 {node}",
    "saturated nodes {nodes}": "饱和节点 {nodes}",
    "{count} saturated nodes: {shown} and {more} more": "{count} 个饱和节点：{shown}，另外还有 {more} 个",
    "{nodes}: x <= 0 for all {examples}, so y = 0 and f'(x) = 0: no gradient reaches their "
    "incoming weights":
        "{nodes}：在全部 {examples}上 x <= 0，所以 y = 0 且 f'(x) = 0：没有梯度能传到它们的输入权重",
    "{nodes}: f'(x) < {threshold} for all {examples}, so dE/dx = f'(x) dE/dy is under "
    "{threshold} times dE/dy":
        "{nodes}：在全部 {examples}上 f'(x) < {threshold}，所以 dE/dx = f'(x) dE/dy "
        "不到 dE/dy 的 {threshold} 倍",
    "vanishing gradient: dE/dx is 0 at every node of layer 1 for all {examples}, though not at "
    "the output layer (layer {L})":
        "梯度消失：在全部 {examples}上，第 1 层每个节点的 dE/dx 都是 0，而输出层（第 {L} 层）的不是",
    "vanishing gradient: the mean |dE/dx| of layer 1 is {ratio} times that of the output layer "
    "(layer {L})":
        "梯度消失：第 1 层的平均 |dE/dx| 是输出层（第 {L} 层）的 {ratio} 倍",
    "exploding gradient: the mean |dE/dx| of layer 1 is {ratio} times that of the output layer "
    "(layer {L})":
        "梯度爆炸：第 1 层的平均 |dE/dx| 是输出层（第 {L} 层）的 {ratio} 倍",
    # the tables of the chapter of failures (failures.py)
    "from": "来自",
    "to node {n}": "到节点 {n}",
    "columns equal?": "各列相等？",
    "yes": "是",
    "no": "否",
    "weights into layer": "权重进入的层",
    "{l} (first hidden)": "{l}（第一个隐藏层）",
    "{l} (output)": "{l}（输出层）",
    "verdict": "结论",
    # Mazur's numbers beside ours (experiments.mazur_table)
    "quantity": "项目",
    "published": "文章中的值",
    "ours": "我们的值",
    "note": "说明",
    "E before the update": "更新前的 E",
    "w5 after one update": "一次更新后的 w5",
    "w1 after one update": "一次更新后的 w1",
    "E after one update": "一次更新后的 E",
    "same": "相同",
    "differs from the {place}st decimal on": "从小数点后第 {place} 位起不同",
    "differs from the {place}nd decimal on": "从小数点后第 {place} 位起不同",
    "differs from the {place}rd decimal on": "从小数点后第 {place} 位起不同",
    "differs from the {place}th decimal on": "从小数点后第 {place} 位起不同",
    # the gradient check's table (gradcheck.GradcheckResult)
    "parameter": "参数",
    "backprop": "反向传播",
    "finite diff.": "有限差分",
    "rel. error": "相对误差",
    "noise": "噪声",
    "status": "状态",
    "agrees": "一致",
    "differs": "不一致",
    "cannot be verified": "无法验证",
    "{status}: finite-difference noise ~{noise}": "{status}：有限差分的噪声约为 {noise}",
    "{agree} agree, {differ} differ, {unverified} cannot be verified (tolerance {tolerance}, "
    "h = {h}); passed: True":
        "{agree} 个一致，{differ} 个不一致，{unverified} 个无法验证（容差 {tolerance}，h = {h}）；"
        "检验通过",
    "{agree} agree, {differ} differ, {unverified} cannot be verified (tolerance {tolerance}, "
    "h = {h}); passed: False":
        "{agree} 个一致，{differ} 个不一致，{unverified} 个无法验证（容差 {tolerance}，h = {h}）；"
        "检验没有通过",
    # the player's steps (steps.trace: each step's title)
    "input x of node {n}": "节点 {n} 的输入 x",
    "total input x of node {n}": "节点 {n} 的总输入 x",
    "output y of input node {n} (no activation)": "输入节点 {n} 的输出 y（没有激活函数）",
    "output y of node {n} ({activation})": "节点 {n} 的输出 y（{activation}）",
    "the error E of the prediction": "预测的误差 E",
    "dE/dy of output node {n}": "输出节点 {n} 的 dE/dy",
    "dE/dy of node {n}, from the nodes it feeds": "节点 {n} 的 dE/dy，来自它连向的节点",
    "dE/dx of input node {n} (x = y, no activation)": "输入节点 {n} 的 dE/dx（x = y，没有激活函数）",
    "dE/dx of output node {n}: y - y_target (cross-entropy with {activation})":
        "输出节点 {n} 的 dE/dx：y - y_target（交叉熵配 {activation}）",
    "dE/dx of node {n}, by the chain rule through f ({activation})":
        "节点 {n} 的 dE/dx，由链式法则经过 f（{activation}）求得",
    "dE/dw of the edge from node {i} to node {j}": "从节点 {i} 到节点 {j} 的边的 dE/dw",
    "dE/db of the bias of node {n}": "节点 {n} 的偏置的 dE/db",
    "update of w from node {i} to node {j}": "更新从节点 {i} 到节点 {j} 的 w",
    "update of the bias of node {n}": "更新节点 {n} 的偏置",
    "relu": "ReLU",
    "leaky_relu": "泄漏 ReLU",

    # ---- the package: exercises' checkers and hints -------------------------
    # the checkers' lines (exercises.py)
    "✓ right: {message}": "✓ 正确：{message}",
    "○ not written yet: {message}": "○ 还没写：{message}",
    "{name} matches on {count} cases": "{name}() 在全部 {count} 个用例上都对",
    "wrong for {case}: your {name} {problem}. Hint: {hint}":
        "{case} 时出错：你的 {name} {problem}。提示：{hint}",
    "wrong for {case}: your {name} gave {got}, expected {want}. Hint: {hint}":
        "{case} 时出错：你的 {name} 得到 {got}，正确答案是 {want}。提示：{hint}",
    "did you forget `return` in front of the result?": "是不是忘了在结果前面写 `return`？",
    "{name} is not a function (it is {kind} {value}). Hint: define it with def {signature}: ...":
        "{name} 不是函数（它是 {kind} {value}）。提示：用 def {signature}: ... 来定义它",
    "{name} is not a function (it is {kind} {value})": "{name} 不是函数（它是 {kind} {value}）",
    "replace the `raise NotImplementedError` in {name} with your code":
        "把 {name}() 里的 `raise NotImplementedError` 换成你的代码",
    "your {name} calls {callee}, which still has `raise NotImplementedError`: write {callee} first":
        "你的 {name}() 调用了 {callee}()，它里面还有 `raise NotImplementedError`：请先写好 {callee}()",
    "raised {kind}: {message}": "抛出了 {kind}：{message}",
    "raised {kind}": "抛出了 {kind}",
    "returned {kind} {value}, too large for a float": "返回了 {kind} {value}，大得超出了浮点数的范围",
    "returned {kind} {value}, which float() refuses ({error}: {message})":
        "返回了 {kind} {value}，float() 无法转换它（{error}：{message}）",
    "returned None, expected a number": "返回了 None，应当返回一个数",
    "returned {answer}, expected a number": "返回了 {answer}，应当返回一个数",
    "returned an array of shape {shape}, expected one number":
        "返回了一个形状为 {shape} 的数组，应当只返回一个数",
    "returned a {kind} of {count} items, expected one number":
        "返回了一个含 {count} 项的 {kind}，应当只返回一个数",
    "returned {kind} {value}, expected a number": "返回了 {kind} {value}，应当返回一个数",
    "step {k} of {n}, {title}": "第 {k} 步（共 {n} 步）：{title}",
    "{message} (needed at {where})": "{message}（{where}要用到它）",
    "at {where}: your {name} {problem}. Hint: run check_{name}({name}).":
        "在{where}：你的 {name} {problem}。提示：运行 check_{name}({name})。",
    "first difference at {where}: your {name} gave {got}, expected {want}. Hint: run "
    "check_{name}({name}).":
        "第一个不同出现在{where}：你的 {name} 得到 {got}，正确答案是 {want}。"
        "提示：运行 check_{name}({name})。",
    "your functions give all {count} numbers of one update of the demo network (forward, "
    "backward, update with learning rate {rate})":
        "你的函数算出了演示网络一次更新的全部 {count} 个数（正向传播、反向传播，以及学习率为 {rate} 的更新）",
    "{score} of {total} right": "{total} 题中答对 {score} 题",
    "no function called {name}: define it with def {signature}:":
        "没有名为 {name} 的函数：用 def {signature}: 来定义它",
    "the whole network needs {names}": "整个网络还需要 {names}",
    # the cases' notes (exercise_data.py)
    "x_2 of the demo network": "演示网络的 x_2",
    "node 2 of the demo network": "演示网络的节点 2",
    "node 3 of the demo network": "演示网络的节点 3",
    "node 4 of the demo network": "演示网络的节点 4",
    "node 6 of the demo network": "演示网络的节点 6",
    "a sigmoid node with x = 0": "x = 0 的 S 型节点",
    "a linear node, f(x) = x": "线性节点，f(x) = x",
    "edge from node 4 to node 6 of the demo network": "演示网络中从节点 4 到节点 6 的边",
    "w_46 of the demo network": "演示网络的 w_46",
    # the hints: sigmoid
    "f(x) = 1 / (1 + e^(-x)): check the sign of the exponent.": "f(x) = 1 / (1 + e^(-x))：检查指数的符号。",
    "f(x) = 1 / (1 + e^(-x)): put the denominator in brackets, 1 / 1 + e^(-x) is 1 + e^(-x).":
        "f(x) = 1 / (1 + e^(-x))：给分母加上括号，1 / 1 + e^(-x) 算出来是 1 + e^(-x)。",
    "f(x) = 1 / (1 + e^(-x)): don't forget the 1 + in the denominator.":
        "f(x) = 1 / (1 + e^(-x))：别忘了分母里的 1 +。",
    "that is tanh(x); the lesson's f is the sigmoid f(x) = 1 / (1 + e^(-x)).":
        "这是 tanh(x)；课文里的 f 是 S 型函数（sigmoid）f(x) = 1 / (1 + e^(-x))。",
    "f(x) = 1 / (1 + e^(-x)); math.exp(-x) or np.exp(-x) gives e^(-x).":
        "f(x) = 1 / (1 + e^(-x))；math.exp(-x) 或 np.exp(-x) 可以算出 e^(-x)。",
    # sigmoid_derivative
    "that is y = f(x) itself; its derivative is f'(x) = y (1 - y).":
        "这是 y = f(x) 本身；它的导数是 f'(x) = y (1 - y)。",
    "f'(x) = f(x) (1 - f(x)) = y (1 - y): use y, not x.":
        "f'(x) = f(x) (1 - f(x)) = y (1 - y)：用 y，不是 x。",
    "f'(x) = y (1 - y): both factors use y, not x.": "f'(x) = y (1 - y)：两个因子用的都是 y，不是 x。",
    "f'(x) = y (1 - y): a minus in the bracket, not a plus.": "f'(x) = y (1 - y)：括号里是减号，不是加号。",
    "f'(x) = y (1 - y): multiply (1 - y) by y.": "f'(x) = y (1 - y)：要把 (1 - y) 乘以 y。",
    "that is the derivative of tanh, 1 - y^2; the sigmoid's is f'(x) = y (1 - y).":
        "这是 tanh 的导数 1 - y^2；S 型函数的导数是 f'(x) = y (1 - y)。",
    "f'(x) = f(x) (1 - f(x)) = y (1 - y), with y = f(x) the node's output.":
        "f'(x) = f(x) (1 - f(x)) = y (1 - y)，其中 y = f(x) 是节点的输出。",
    # node_input
    "x_j = sum_i w_ij y_i + b_j: add the bias b_j.": "x_j = sum_i w_ij y_i + b_j：要加上偏置 b_j。",
    "x_j = sum_i w_ij y_i + b_j: add the bias, don't subtract it.":
        "x_j = sum_i w_ij y_i + b_j：加上偏置，不要减去它。",
    "add up w_ij y_i over every incoming edge i, not only the first one.":
        "对每条输入边 i 的 w_ij y_i 求和，而不只是第一条。",
    "add up w_ij y_i over every incoming edge i, not only the last one (in a loop, x = x + ..., "
    "not x = ...).":
        "对每条输入边 i 的 w_ij y_i 求和，而不只是最后一条（在循环里写 x = x + ...，而不是 x = ...）。",
    "add the bias b_j once, after the sum, not once per edge.":
        "偏置 b_j 在求和之后只加一次，而不是每条边加一次。",
    "multiply each weight w_ij by the output y_i of its own node i, then add up.":
        "把每个权重 w_ij 乘以它自己那个节点 i 的输出 y_i，再求和。",
    "x_j is the total input, before the activation: don't apply f here (y_j = f(x_j) comes next).":
        "x_j 是总输入，在激活函数之前：这里不要用 f（y_j = f(x_j) 是下一步）。",
    "x_j = sum_i w_ij y_i + b_j: multiply each y_i by its weight w_ij, add up, then add the bias b_j.":
        "x_j = sum_i w_ij y_i + b_j：把每个 y_i 乘以它的权重 w_ij，求和，再加上偏置 b_j。",
    "x_j is one number: add up the products w_ij y_i (and the bias b_j).":
        "x_j 是一个数：把各个乘积 w_ij y_i 加起来（再加上偏置 b_j）。",
    # output_dE_dy
    "dE/dy_output = y_output - y_target: the output minus the target, not the other way round.":
        "dE/dy_output = y_output - y_target：输出减目标值，不要反过来。",
    "that is the error E itself; dE/dy_output is its derivative with respect to y_output.":
        "这是误差 E 本身；dE/dy_output 是它对 y_output 的导数。",
    "dE/dy_output is the derivative of E = 1/2 (y_output - y_target)^2, not the square.":
        "dE/dy_output 是 E = 1/2 (y_output - y_target)^2 的导数，不是平方。",
    "the 1/2 in E = 1/2 (y_output - y_target)^2 cancels the 2 that comes down from the square.":
        "E = 1/2 (y_output - y_target)^2 里的 1/2 正好消掉求导时从平方落下来的 2。",
    "dE/dy_output = y_output - y_target: subtract the target.":
        "dE/dy_output = y_output - y_target：要减去目标值。",
    "E = 1/2 (y_output - y_target)^2, so dE/dy_output = y_output - y_target.":
        "E = 1/2 (y_output - y_target)^2，所以 dE/dy_output = y_output - y_target。",
    # dE_dx
    "dE/dx = f'(x) dE/dy: multiply dE/dy by f'(x).": "dE/dx = f'(x) dE/dy：把 dE/dy 乘以 f'(x)。",
    "dE/dx = f'(x) dE/dy: multiply f'(x) by dE/dy.": "dE/dx = f'(x) dE/dy：把 f'(x) 乘以 dE/dy。",
    "dE/dx = f'(x) dE/dy: multiply by f'(x), don't divide.": "dE/dx = f'(x) dE/dy：乘以 f'(x)，不是除以。",
    "dE/dx = f'(x) dE/dy: multiply, don't add.": "dE/dx = f'(x) dE/dy：相乘，不是相加。",
    "dE/dx = f'(x) dE/dy, with no minus sign.": "dE/dx = f'(x) dE/dy，没有负号。",
    "dE/dx = f'(x) dE/dy: the slope f'(x) of the node's activation (f_prime) times dE/dy.":
        "dE/dx = f'(x) dE/dy：节点激活函数的斜率 f'(x)（即 f_prime）乘以 dE/dy。",
    # dE_dw
    "dE/dw_ij = y_i dE/dx_j: multiply by y_i, the output of the node the edge comes from "
    "(dE/dx_j alone is dE/db_j).":
        "dE/dw_ij = y_i dE/dx_j：要乘以 y_i，也就是这条边起点节点的输出（单独的 dE/dx_j 是 dE/db_j）。",
    "dE/dw_ij = y_i dE/dx_j: multiply y_i by dE/dx_j.": "dE/dw_ij = y_i dE/dx_j：把 y_i 乘以 dE/dx_j。",
    "dE/dw_ij = y_i dE/dx_j, with no minus sign (the minus belongs to the update rule).":
        "dE/dw_ij = y_i dE/dx_j，没有负号（负号属于更新法则）。",
    "dE/dw_ij = y_i dE/dx_j: multiply, don't add.": "dE/dw_ij = y_i dE/dx_j：相乘，不是相加。",
    "dE/dw_ij = y_i dE/dx_j: the output of the node the edge comes from times dE/dx of the node "
    "it goes to.":
        "dE/dw_ij = y_i dE/dx_j：边起点节点的输出，乘以边终点节点的 dE/dx。",
    # hidden_dE_dy
    "add up w_ij dE/dx_j over every node j that node i feeds, not only the first one.":
        "对节点 i 连向的每个节点 j 的 w_ij dE/dx_j 求和，而不只是第一个。",
    "add up w_ij dE/dx_j over every node j that node i feeds, not only the last one (in a loop, "
    "total = total + ..., not total = ...).":
        "对节点 i 连向的每个节点 j 的 w_ij dE/dx_j 求和，而不只是最后一个"
        "（在循环里要累加：s = s + ...，而不是 s = ...）。",
    "dE/dy_i = sum_j w_ij dE/dx_j: multiply each dE/dx_j by the weight w_ij of its edge.":
        "dE/dy_i = sum_j w_ij dE/dx_j：把每个 dE/dx_j 乘以它那条边的权重 w_ij。",
    "dE/dy_i = sum_j w_ij dE/dx_j: multiply each weight w_ij by dE/dx_j.":
        "dE/dy_i = sum_j w_ij dE/dx_j：把每个权重 w_ij 乘以 dE/dx_j。",
    "multiply each weight w_ij by dE/dx_j of its own node j, then add up.":
        "把每个权重 w_ij 乘以它自己那个节点 j 的 dE/dx_j，再求和。",
    "dE/dy_i = sum_j w_ij dE/dx_j, with no minus sign.": "dE/dy_i = sum_j w_ij dE/dx_j，没有负号。",
    "dE/dy_i = sum_j w_ij dE/dx_j, over the edges leaving node i: w[k] and dE_dx_j[k] belong to "
    "the same node j.":
        "dE/dy_i = sum_j w_ij dE/dx_j，对从节点 i 出发的各条边求和：w[k] 和 dE_dx_j[k] 属于同一个节点 j。",
    "dE/dy_i is one number: add up the products w_ij dE/dx_j.":
        "dE/dy_i 是一个数：把各个乘积 w_ij dE/dx_j 加起来。",
    # update
    "w <- w - alpha dE/dw: subtract, so that the weight goes against the slope, downhill.":
        "w <- w - α dE/dw：要减，这样权重才会逆着斜率、往下坡走。",
    "w <- w - alpha dE/dw: multiply dE/dw by the learning rate alpha.":
        "w <- w - α dE/dw：要把 dE/dw 乘以学习率 α。",
    "w <- w - alpha dE/dw: multiply by the learning rate, don't divide.":
        "w <- w - α dE/dw：乘以学习率，不是除以。",
    "return the new weight w - alpha dE/dw, not only the change.":
        "返回新的权重 w - α dE/dw，而不只是变化量。",
    "return the new weight w - alpha dE/dw, not only the step alpha dE/dw.":
        "返回新的权重 w - α dE/dw，而不只是步长 α dE/dw。",
    "the weight must change: w <- w - alpha dE/dw.": "权重必须改变：w <- w - α dE/dw。",
    "w <- w - alpha dE/dw: the new weight is the old one minus the learning rate times dE/dw.":
        "w <- w - α dE/dw：新权重等于旧权重减去学习率乘以 dE/dw。",

    # ---- notebooks 01-03 -----------------------------------------------------
    # notebook 1
    "net.weights[1][0, 0] is {name}": "net.weights[1][0, 0] 是 {name}",
    "in a network of sizes [1, 12, 12, 1], weights[1][0, 0] is {name}":
        "在各层大小为 [1, 12, 12, 1] 的网络中，weights[1][0, 0] 是 {name}",
    "w by the four paths: {w:.4f}": "按四条路径求和的 w：{w:.4f}",
    "x_input = {x:4.1f}:   linear network y_6 = {y_6:7.4f},   w * x_input + b = {line:7.4f}":
        "x_input = {x:4.1f}：   线性网络 y_6 = {y_6:7.4f}，   w * x_input + b = {line:7.4f}",
    "{count} steps in all:": "共 {count} 步：",
    "{phase:>8}: {count:2} steps": "{phase:>8}：{count:2} 步",
    # the four phases of a step record (step.phase), as counted above
    "forward": "正向",
    "backward": "反向",
    "prediction y_6 = {y_6:.4f}": "预测输出 y_6 = {y_6:.4f}",
    "the same number as the record's last forward step: {same}":
        "与步骤记录中最后一个正向步骤的数相同：{same}",
    "layer {l}:  x = [{xs}]   y = [{ys}]": "第 {l} 层：  x = [{xs}]   y = [{ys}]",
    "node 4 is (layer, node in the layer) = {position}":
        "节点 4 的位置（第几层，层内第几个节点）= {position}",
    "by hand:     x_4 = {x_4:.4f}   y_4 = {y_4:.4f}": "手算：  x_4 = {x_4:.4f}   y_4 = {y_4:.4f}",
    "the engine:  x_4 = {x_4:.4f}   y_4 = {y_4:.4f}": "引擎：  x_4 = {x_4:.4f}   y_4 = {y_4:.4f}",
    # notebook 2
    "the engine's net.error: E = {E:.4f}": "引擎的 net.error：E = {E:.4f}",
    "E = {E_now:.6f} at w_46 = {w_46:.4f},   E = {E_nudged:.6f} at w_46 + h = {w_46_h:.4f}":
        "w_46 = {w_46:.4f} 时 E = {E_now:.6f}，   w_46 + h = {w_46_h:.4f} 时 E = {E_nudged:.6f}",
    "change of E / h = {slope:.4f}": "E 的变化 / h = {slope:.4f}",
    "dE/dw_46 = {dE_dw_46:.4f}   (backpropagation, exact)":
        "dE/dw_46 = {dE_dw_46:.4f}   （反向传播，精确值）",
    "dE/dw_46 ~ {slope:.4f}   (the nudge above, h = {h})":
        "dE/dw_46 ~ {slope:.4f}   （上面的小扰动，h = {h}）",
    "lowest E = {E:.6f} at w_46 = {w_46:.2f}": "w_46 = {w_46:.2f} 时 E 最低：{E:.6f}",
    "there the prediction is y_6 = {y_6:.4f} (target {target:.1f})":
        "此时预测输出 y_6 = {y_6:.4f}（目标 {target:.1f}）",
    "weight   before     dE/dw    after": "权重     更新前     dE/dw   更新后",
    "E before the update: {E:.4f}": "更新前的 E：{E:.4f}",
    "E after the update:  {E:.4f}": "更新后的 E：{E:.4f}",
    "new prediction y_6 = {y_6:.4f} (target {target:.1f})":
        "新的预测输出 y_6 = {y_6:.4f}（目标 {target:.1f}）",
    # notebook 3
    "path through node 4: w_24 * dE/dx_4 = {w_24:.1f} * ({dE_dx_4:.5f}) = {term:.5f}":
        "经过节点 4 的路径：w_24 * dE/dx_4 = {w_24:.1f} * ({dE_dx_4:.5f}) = {term:.5f}",
    "path through node 5: w_25 * dE/dx_5 = {w_25:.1f} * {dE_dx_5:.5f} = {term:.5f}":
        "经过节点 5 的路径：w_25 * dE/dx_5 = {w_25:.1f} * {dE_dx_5:.5f} = {term:.5f}",
    "the sum, dE/dy_2 = {dE_dy_2:.5f}   (step 29: {step_29:.5f})":
        "两项之和 dE/dy_2 = {dE_dy_2:.5f}   （第 29 步：{step_29:.5f}）",
    "parameter      backprop  finite diff.": "参数           反向传播      有限差分",
    "every derivative agrees: {passed}": "每个导数都一致：{passed}",
    "right: dE/dy_4 = w_46 * dE/dx_6 = {w_46:.4f} * ({dE_dx_6:.4f}) = {dE_dy_4:.4f}":
        "正确：dE/dy_4 = w_46 * dE/dx_6 = {w_46:.4f} * ({dE_dx_6:.4f}) = {dE_dy_4:.4f}",
    "wrong: with w_46 already updated  = {w_46:.4f} * ({dE_dx_6:.4f}) = {dE_dy_4:.4f}":
        "错误：用已更新的 w_46  = {w_46:.4f} * ({dE_dx_6:.4f}) = {dE_dy_4:.4f}",

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
    # notebook 7: when training fails
    "Every weight starts at 0.5. After a few updates, how do the four hidden nodes 3, 4, 5 and 6 differ?":
        "每个权重都从 0.5 开始。更新几次之后，四个隐藏节点 3、4、5、6 之间有什么不同？",
    "They have become different: each learns a part of XOR": "它们变得各不相同：每个节点学会 XOR 的一部分",
    "Some have become different, others are still alike": "有的变得不同了，有的仍然一样",
    "They are still exactly alike": "它们仍然完全一样",
    "every weight 0.5:   {verdict}": "每个权重都为 0.5： {verdict}",
    "random, seed 0:     {verdict}": "随机权重，种子 0： {verdict}",
    "In the deep network of sigmoids, how does the mean size of dE/dx in the first hidden layer compare "
    "with that of the output layer (layer 9)?":
        "在 S 型节点组成的深层网络中，第一个隐藏层的 dE/dx 平均大小和输出层（第 9 层）的相比如何？",
    "About the same": "差不多一样大",
    "About 10 times smaller": "大约只有它的 1/10",
    "More than 1000 times smaller": "不到它的 1/1000",
    "Larger": "更大",
    "mean |dE/dx|, layer 1 / output: {ratio}": "|dE/dx| 的平均值，第 1 层 / 输出层：{ratio}",
    "layer 8, how far each node's y moves over the 40 examples: {moves}":
        "第 8 层，每个节点的 y 在 40 个样本上的变化幅度：{moves}",
    "The starting weights are 10 times their usual size. How does the mean size of dE/dx change going "
    "back from the output (layer 9) to layer 1?":
        "初始权重是通常大小的 10 倍。从输出层（第 9 层）往回到第 1 层，dE/dx 的平均大小怎样变化？",
    "It shrinks, as in the sigmoid network": "变小，和 S 型函数网络一样",
    "It stays about the same": "大致不变",
    "It grows about 10 times": "大约变成原来的 10 倍",
    "It grows about 10 000 times": "大约变成原来的 10 000 倍",
    "It grows a million times or more": "变成原来的一百万倍甚至更多",
    "with the usual weights, layer 1 / output: {ratio}": "用通常大小的权重，第 1 层 / 输出层：{ratio}",
    "Every hidden node's total input x is negative for all 40 examples. What will 2000 updates with "
    "α = 3 do to the weights and biases into the hidden nodes?":
        "对全部 40 个样本，每个隐藏节点的总输入 x 都是负数。用 α = 3 更新 2000 次，"
        "进入隐藏节点的权重和偏置会怎样？",
    "Move them until the nodes switch on": "一直移动，直到这些节点打开",
    "Move them a little, slowly": "只移动一点点，而且很慢",
    "Nothing at all": "完全不动",
    "weights into the hidden nodes unchanged: {same}": "进入隐藏节点的权重没有变化：{same}",
    "biases of the hidden nodes unchanged:    {same}": "隐藏节点的偏置没有变化：    {same}",
    "findings at the start: {findings}": "开始时的诊断结果：{findings}",
    "none": "无",
    "ReLU, every hidden node dead": "ReLU，每个隐藏节点都已死亡",

    # notebook 8: choosing the error function
    "With the squared error, what is dE/dx at the output?": "用平方误差时，输出节点的 dE/dx 是多少？",
    "about -1: the error is large, so the push is large": "约为 -1：误差很大，所以推动也很大",
    "about -0.0003: almost nothing": "约为 -0.0003：几乎为零",
    "exactly 0: the error has no slope here": "恰好为 0：误差在这里没有斜率",
    "After how many updates does each output y pass 0.5?": "每个输出 y 要更新多少次才超过 0.5？",
    "both within about 50: the error is large, so both learn fast":
        "都在 50 次左右以内：误差很大，所以两者都学得快",
    "cross-entropy in about 5, the squared error in about 50": "交叉熵约 5 次，平方误差约 50 次",
    "cross-entropy in about 5, the squared error in about 1500": "交叉熵约 5 次，平方误差约 1500 次",
    "cross-entropy never: it overshoots and blows up; the squared error in about 1500":
        "交叉熵永远不会：它冲过头，越来越大；平方误差约 1500 次",
    "at the start -> after 50 updates:": "开始时 -> 更新 50 次后：",
    "{name:>15}: y passes 0.5 after {updates} updates": "{name:>15}: 更新 {updates} 次后 y 超过 0.5",
    "step {k:2d}: {title}\n         = {value:.3f}": "第 {k:2d} 步：{title}\n          = {value:.3f}",
    "Class 0 (targets 1, 0, 0), softmax outputs y = (0.2, 0.5, 0.3): which of x_0, x_1, x_2 "
    "get pushed, and which way?":
        "类别 0（目标值 1, 0, 0），softmax 输出 y = (0.2, 0.5, 0.3)："
        "x_0、x_1、x_2 中哪些会被推动，往哪个方向？",
    "only x_0, up: the wrong classes' targets are 0, so they add nothing to E":
        "只有 x_0，向上：错误类别的目标值是 0，它们对 E 没有贡献",
    "x_0 up; x_1 and x_2 down, x_1 (0.5) more than x_2 (0.3)":
        "x_0 向上；x_1 和 x_2 向下，x_1 (0.5) 比 x_2 (0.3) 多",
    "x_0 up; x_1 and x_2 down, both by the same amount": "x_0 向上；x_1 和 x_2 向下，两者幅度相同",
    "y     = {y}   sum {total}": "y     = {y}   总和 {total}",
    "points in their class's region: {right:.0%}, all but {wrong} of {total}":
        "落在自己类别区域内的点：{right:.0%}，{total} 个中只有 {wrong} 个不在",

    # ---- notebook 09: the exercises and their solutions ----------------------

    # ---- the lecture's questions (Q1-Q9, Prediction widgets and worksheet) ----
    # Q1-Q9: bp_helpers/worksheet.py's LECTURE_QUESTIONS (stems and choices), as lecture_question
    # looks them up: LaTeX and <name> as in the English, filled in after the lookup.
    r"The forward pass computes the total input $x_2$ of node 2 (in the player, step 3). "
    r"Which values does it read?":
        r"正向传播计算节点 2 的总输入 $x_2$（在播放器里是第 3 步）。这一步要读取哪些值？",
    r"$w_{12}$ only": r"只有 $w_{12}$",
    r"$y_1$, $w_{12}$, $w_{13}$ and $b_2$": r"$y_1$、$w_{12}$、$w_{13}$ 和 $b_2$",
    r"$y_1$, $w_{12}$ and $b_2$": r"$y_1$、$w_{12}$ 和 $b_2$",
    "every weight and bias of the network": "网络中所有的权重和偏置",
    r"The update rule is $w_{ij} \leftarrow w_{ij} - \alpha\,\frac{dE}{dw_{ij}}$ with "
    r"$\alpha = 1$; $\frac{dE}{dw_{46}} = <dE/dw_46>$ and $\frac{dE}{dw_{25}} = +<dE/dw_25>$. "
    r"Which way does each weight move?":
        r"更新法则是 $w_{ij} \leftarrow w_{ij} - \alpha\,\frac{dE}{dw_{ij}}$，取 $\alpha = 1$；"
        r"$\frac{dE}{dw_{46}} = <dE/dw_46>$，$\frac{dE}{dw_{25}} = +<dE/dw_25>$。"
        r"两个权重各往哪个方向变？",
    r"$w_{46}$ up, $w_{25}$ down, $w_{46}$ about 8 times as far":
        r"$w_{46}$ 变大，$w_{25}$ 变小，$w_{46}$ 变化的幅度约是 $w_{25}$ 的 8 倍",
    r"$w_{46}$ down, $w_{25}$ up, $w_{25}$ about 8 times as far":
        r"$w_{46}$ 变小，$w_{25}$ 变大，$w_{25}$ 变化的幅度约是 $w_{46}$ 的 8 倍",
    "both up, by the same amount": "两个都变大，变化一样多",
    r"$w_{46}$ up, $w_{25}$ down, by the same amount": r"$w_{46}$ 变大，$w_{25}$ 变小，变化一样多",
    r"A change of $w_{46}$ reaches the error through $x_6$ and $y_6$ only. "
    r"$\frac{dE}{dw_{46}}$ is which product of local derivatives?":
        r"$w_{46}$ 的变化只经过 $x_6$ 和 $y_6$ 影响误差。"
        r"$\frac{dE}{dw_{46}}$ 是哪几个局部导数的乘积？",
    r"Node 2 feeds node 4 and node 5: a change of $y_2$ reaches the error along two paths. "
    r"How do the two paths make $\frac{dE}{dy_2}$?":
        r"节点 2 连到节点 4 和节点 5：$y_2$ 的变化沿两条路径影响误差。"
        r"这两条路径怎样合成 $\frac{dE}{dy_2}$？",
    r"add: $w_{24}\,\frac{dE}{dx_4} + w_{25}\,\frac{dE}{dx_5}$":
        r"相加：$w_{24}\,\frac{dE}{dx_4} + w_{25}\,\frac{dE}{dx_5}$",
    r"multiply: $w_{24}\,\frac{dE}{dx_4} \cdot w_{25}\,\frac{dE}{dx_5}$":
        r"相乘：$w_{24}\,\frac{dE}{dx_4} \cdot w_{25}\,\frac{dE}{dx_5}$",
    "take the larger of the two": "取两者中较大的一个",
    "only the path through node 4 counts": "只算经过节点 4 的那条路径",
    r"Going backward (in the player, step 24): node 5 has one edge out, to node 6, with "
    r"$w_{56} = <w_56>$, and $\frac{dE}{dx_6} = <dE/dx_6>$ is known. What is $\frac{dE}{dy_5}$?":
        r"反向计算时（在播放器里是第 24 步）：节点 5 只有一条连出的边，连到节点 6，$w_{56} = <w_56>$，"
        r"并且已知 $\frac{dE}{dx_6} = <dE/dx_6>$。$\frac{dE}{dy_5}$ 是多少？",
    r"The player computes every derivative (steps 14 to 38) before it changes any weight "
    r"(steps 39 to 51). Why?":
        r"播放器先算出所有的导数（第 14 到 38 步），然后才改动权重（第 39 到 51 步）。为什么？",
    "it is faster: one pass instead of two": "这样更快：一趟代替两趟",
    "the order does not matter: it is a convention": "顺序无所谓：只是一种习惯",
    r"the update needs the error $E$, which comes last": r"更新需要误差 $E$，而 $E$ 最后才算出来",
    "formula 4 reads the weights the forward pass used": "公式 4 要读取正向传播时用的权重",
    r"One update with $\alpha = 100$ lowers the demo's error from <E> to "
    r"<E after one update, alpha 100>; with $\alpha = 1$ only to <E after the update>. "
    r"After 100 updates, which learning rate has the lower error?":
        r"用 $\alpha = 100$ 做一次更新，演示网络的误差从 <E> 降到 "
        r"<E after one update, alpha 100>；用 $\alpha = 1$ 只降到 <E after the update>。"
        r"更新 100 次之后，哪个学习率的误差更低？",
    "both end at the same error": "两者最后的误差一样",
    "neither: both stay at their error after the first update": "都不是：两者在第一次更新后误差都不再变",
    r"A new model, $y = w\,x + b$ (one weight $w$, one bias $b$), is fitted to ten points "
    r"on a line. A map of its error $E$ over $w$ (across) and $b$ (up) shows a long, narrow "
    r"valley. Gradient descent on it: 30 updates from the same start with $\alpha$ = 0.03, "
    r"0.3, 1, 1.5 and 1.7. Which rate leaves the map, and which ends lowest?":
        r"一个新模型 $y = w\,x + b$（一个权重 $w$，一个偏置 $b$）拟合一条直线上的十个点。"
        r"它的误差 $E$ 画成一张图，横轴是 $w$，纵轴是 $b$："
        r"图上是一条又长又窄的山谷。在上面做梯度下降：从同一个起点出发，分别用 "
        r"$\alpha$ = 0.03、0.3、1、1.5 和 1.7 更新 30 次。哪个学习率跑出了图的范围，哪个最后最低？",
    "1.7 leaves, 1.5 ends lowest": "1.7 跑出范围，1.5 最后最低",
    "1.7 leaves, 1 ends lowest": "1.7 跑出范围，1 最后最低",
    "none leaves, 0.3 ends lowest": "没有一个跑出范围，0.3 最后最低",
    "0.03 leaves, 1.7 ends lowest": "0.03 跑出范围，1.7 最后最低",
    "<dE/dy_5, the sign flipped>": "<dE/dy_5, the sign flipped>",     # Q5's choice A: only a number
    r"The derivatives get smaller towards the input: $\frac{dE}{dx_6} = <dE/dx_6>$ but "
    r"$\frac{dE}{dx_2} = <dE/dx_2>$. In a network with many more sigmoid layers, with weights "
    r"of the usual size (like the demo's: about 1 or less), what happens near the input?":
        r"越靠近输入，导数越小：$\frac{dE}{dx_6} = <dE/dx_6>$，而 "
        r"$\frac{dE}{dx_2} = <dE/dx_2>$。如果网络有多得多的 S 型层，权重是通常的大小"
        r"（和演示网络一样：大约 1 或更小），靠近输入的地方会怎样？",
    "the derivatives shrink further, so the first layers learn very slowly":
        "导数继续变小，所以前面几层学得非常慢",
    "nothing changes, every layer gets the same derivatives": "没有变化，每一层得到的导数都一样",
    "the derivatives grow, layer after layer": "导数一层比一层大",
    "the derivatives change sign at every layer": "导数每经过一层就变一次符号",

    # ---- the lecture -----------------------------------------------------------
    # Question 6: the derivatives read the weights of the forward pass
    "right: dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}":
        "正确：dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}",
    "wrong: dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}":
        "错误：dE/dy_4 = {w_46:.4f} * dE/dx_6 = {dE_dy_4:.4f}",

    # ---- the worksheet ----------------------------------------------------------
    # make worksheet's Chinese edition (bp_helpers/pictures/worksheet_pages.py, worksheet.py):
    # the pages' titles and instructions, Part A's questions, the key's lines, the formula card.
    # ("the error", "the update rule", "E after the update": in the sections above.)
    "Backpropagation by hand: worksheet": "手算反向传播：练习单",
    "Backpropagation by hand: answer key": "手算反向传播：答案",
    "Name": "姓名",
    "bp_helpers {version}, built {day}": "bp_helpers {version}，生成于 {day}",
    "{part}, page {number} of {pages} · {built}": "{part}，第 {number} 页，共 {pages} 页 · {built}",
    "The lesson's demo network; f is the sigmoid in nodes 2 to 6. One example: "
    "x_input = {x_input}, y_target = {y_target}; learning rate alpha = {alpha}. "
    "Given: the weights w (under the network) and the biases b (in the boxes). "
    "Write each node's x and y (forward pass), then its dE/dy and dE/dx (backward "
    "pass), and each edge's dE/dw, on the lines.":
        "课上的示例网络；节点 2 到 6 里的 f 是 S 型函数（sigmoid）。一个样本："
        "x_input = {x_input}，y_target = {y_target}；学习率（也叫学习速率）alpha = {alpha}。"
        "已知：权重 w（在网络下方）和偏置 b（在方框里）。在横线上写出每个节点的 x 和 y"
        "（正向传播），再写出它的 dE/dy 和 dE/dx（反向传播），以及每条边的 dE/dw。",
    "The key's numbers: the engine's step record, trace(), to 3 significant digits.":
        "答案里的数字：程序的步骤记录 trace()，保留 3 位有效数字。",
    "Formula card": "公式卡",
    "w_ij: the edge from node i to node j;  alpha: the learning rate":
        "w_ij：从节点 i 到节点 j 的边；  alpha：学习率",
    "forward: a node's total input": "正向：节点的总输入",
    "forward: its output (sigmoid)": "正向：节点的输出（S 型函数）",
    "backward: where it starts": "反向：起点",
    "backward: through f": "反向：经过 f",
    "backward: a weight": "反向：一个权重",
    "backward: the layer before": "反向：前一层",
    # Part A: one step by hand
    "Part A": "A 部分",
    "Part A: by hand": "A 部分：手算",
    "Fill in the diagram of page {page} as you go.": "边做边把结果填进第 {page} 页的图里。",
    "A{number}. {topic}. {question}": "A{number}. {topic}。{question}",
    "Forward pass": "正向传播",
    "The error": "误差",
    "The output node": "输出节点",
    "One weight": "一个权重",
    "A hidden node": "一个隐藏节点",
    "Predict first": "先预测",
    "One update": "一次更新",
    "The input is x_input = {x_input}. Compute x and y = f(x) of nodes 2 to 6, "
    "layer by layer, and write them in the diagram. What does the network predict?":
        "输入是 x_input = {x_input}。逐层计算节点 2 到 6 的 x 和 y = f(x)，写在图里。"
        "网络的预测输出是多少？",
    "The target is y_target = {y_target}. How big is the error E?":
        "目标值是 y_target = {y_target}。误差 E 有多大？",
    "Backpropagation starts here. Compute dE/dy and then dE/dx of node 6.":
        "反向传播从这里开始。先算节点 6 的 dE/dy，再算它的 dE/dx。",
    "How does E change with the weight w_46? Compute dE/dw_46 = y_4 dE/dx_6 "
    "and write it under the diagram.":
        "E 随权重 w_46 怎样变化？计算 dE/dw_46 = y_4 dE/dx_6，写在图的下方。",
    "Fill in dE/dy and dE/dx of nodes 4 and 5 (each has one edge out, to node 6). "
    "Node 2 has two edges out: dE/dy_2 is the sum over both, "
    "w_24 dE/dx_4 + w_25 dE/dx_5. Compute it, and dE/dx_2.":
        "填出节点 4 和 5 的 dE/dy 和 dE/dx（它们各有一条连出的边，连到节点 6）。"
        "节点 2 有两条连出的边：dE/dy_2 是两条边的和，w_24 dE/dx_4 + w_25 dE/dx_5。"
        "算出它，再算出 dE/dx_2。",
    "Before you compute anything: every weight and bias now takes one step of the "
    "update rule. On the same example, will E go up, go down or stay the same? "
    "Write your guess and why.":
        "先别计算：现在每个权重和偏置都按更新法则走一步。在同一个样本上，E 会变大、"
        "变小还是不变？写下你的猜测和理由。",
    "Apply the update rule to w_46 with the learning rate alpha = {alpha}. "
    "Does w_46 go up or down, and why?":
        "用学习率 alpha = {alpha} 对 w_46 应用更新法则。w_46 变大还是变小？为什么？",
    "new w_46": "新的 w_46",
    "down: every weight moves against its dE/dw, downhill on E":
        "变小：每个权重都朝它的 dE/dw 的反方向移动，在 E 上走下坡",
    "up: dE/dw_46 < 0, so E goes down when w_46 goes up":
        "变大：dE/dw_46 < 0，所以 w_46 变大时 E 变小",
    # Part B: the lecture's questions (their stems and choices: the section above), the key's why
    "Part B": "B 部分",
    "Part B: the lecture's questions": "B 部分：课上的问题",
    "1st vote": "第一次投票",
    "after discussion": "讨论后",
    "For each question tick one box under 1st vote, before the discussion, "
    "and one under after discussion, after it. Write why in a line or two.":
        "每道题在讨论前于“第一次投票”下勾一个方框，讨论后于“讨论后”下再勾一个。"
        "用一两行写下理由。",
    "Why?": "为什么？",
    # the questions' usual wrong answers (LectureQuestion.usual), on the crib sheet
    "B, the weights leaving node 1, not those entering node 2":
        "B，用了离开节点 1 的权重，而不是进入节点 2 的权重",
    "B, moving with the slope (uphill)": "B，顺着斜率移动（走上坡）",
    "B, the weight w_46 instead of what it multiplies, y_4": "B，用了权重 w_46 本身，而不是它所乘的 y_4",
    "B, multiplying the two paths too": "B，把两条路径也相乘",
    "A, the sign of the negative weight dropped": "A，丢掉了负权重的符号",
    "B, the order does not matter": "B，认为顺序无关紧要",
    "B, judging a learning rate by its first update": "B，只凭第一次更新评判学习率",
    "A, the largest rate that stays is the best": "A，认为不跑出去的最大学习率最好",
    "B, every layer gets the same derivatives": "B，认为每一层得到相同的导数",
    # the lecturer's crib sheet: the 50-minute plan on one page (worksheet.py's LECTURE_PLAN)
    "The 50-minute lecture: crib sheet": "50 分钟讲课：教师提示卡",
    "Crib sheet": "提示卡",
    "slides {slides}": "幻灯片 {slides}",
    "slide {slides}": "幻灯片 {slides}",
    "{start}–{end}   {number}. {section} ({slides})": "{start}–{end}   {number}. {section}（{slides}）",
    "The network and the forward pass": "网络与正向传播",
    "How wrong, and which way": "错了多少，往哪边改",
    "The chain rule, drawn": "把链式法则画出来",
    "Four formulas": "四个公式",
    "The whole algorithm, one number at a time": "完整的算法，一次一个数",
    "The learning rate": "学习率",
    "The error surface": "误差曲面",
    "Summary, exit question, homework": "小结、离场问题、作业",
    "hands": "举手",
    "discuss": "讨论",
    "hands; discuss if it splits": "举手；意见分歧时讨论",
    "on paper": "写在纸上",
    "Q{number} ({how}): {letter}. {why} Usually wrong: {usual}.":
        "Q{number}（{how}）：{letter}。{why}常见错误：{usual}。",
    "Never drop the predictions; when time runs short, cut in this order:":
        "预测环节一个也不要省；时间不够时，按这个顺序删减：",
    "about {minutes} min: {cut}": "约 {minutes} 分钟：{cut}",
    "step 7, the error surface (slides 26–28): give Q8 and notebook 5's section as reading":
        "第 7 步误差曲面（幻灯片 26–28）：把 Q8 和笔记本 5 的那一节留作阅读",
    "the explorer's live sweep (slide 25): show its first state (slide 24) and the verdicts only":
        "探索器的现场扫动（幻灯片 25）：只展示它的初始状态（幻灯片 24）和结论",
    "the player's stops 38 and 51 (slide 19): say what they show":
        "播放器停在第 38 步和第 51 步（幻灯片 19）：口头说明它们显示什么",
    "Q3's discussion round: a show of hands only": "Q3 的讨论环节：只举手表决",
    "Answer: {letter}. {why}": "答案：{letter}。{why}",
    "x_2 = w_12 y_1 + b_2 = <w_12> · <y_1> + <b_2> = <x_2>: one edge comes into "
    "node 2, and its bias.":
        "x_2 = w_12 y_1 + b_2 = <w_12> · <y_1> + <b_2> = <x_2>：只有一条边连入节点 2，"
        "再加上它的偏置。",
    "w_46: <w_46> → <new w_46>; w_25: <w_25> → <new w_25>. Each moves alpha times "
    "its slope, against the slope's sign.":
        "w_46：<w_46> → <new w_46>；w_25：<w_25> → <new w_25>。每个权重移动 alpha 乘以"
        "它的斜率，方向与斜率的符号相反。",
    "y_4 · f'(x_6) · (y_6 - y_target) = <y_4> · <f'(x_6)> · (<dE/dy_6>) = <dE/dw_46>.":
        "y_4 · f'(x_6) · (y_6 - y_target) = <y_4> · <f'(x_6)> · (<dE/dy_6>) = <dE/dw_46>。",
    "<w_24> · (<dE/dx_4>) + (<w_25>) · <dE/dx_5> = <dE/dy_2>. Multiply along a path, "
    "add over the paths.":
        "<w_24> · (<dE/dx_4>) + (<w_25>) · <dE/dx_5> = <dE/dy_2>。沿一条路径相乘，"
        "各条路径相加。",
    "dE/dy_5 = w_56 · dE/dx_6 = (<w_56>) · (<dE/dx_6>) = <dE/dy_5> (formula 4: "
    "one edge out, one term).":
        "dE/dy_5 = w_56 · dE/dx_6 = (<w_56>) · (<dE/dx_6>) = <dE/dy_5>（公式 4："
        "一条连出的边，一项）。",
    "with w_46 updated first, dE/dy_4 = new w_46 · dE/dx_6 comes out "
    "<dE/dy_4 with the new w_46>, not <dE/dy_4>.":
        "如果先更新 w_46，dE/dy_4 = 新的 w_46 · dE/dx_6 算出来是 "
        "<dE/dy_4 with the new w_46>，而不是 <dE/dy_4>。",
    "after 100: alpha = 1 at E = <E after 100 updates, alpha 1>, alpha = 100 stuck "
    "at <E after 100 updates, alpha 100> (y_6 near 1: the sigmoid is flat).":
        "更新 100 次后：alpha = 1 到了 E = <E after 100 updates, alpha 1>，alpha = 100 "
        "卡在 <E after 100 updates, alpha 100>（y_6 接近 1：S 型函数在那里很平）。",
    "1.7 leaves the map at update 4; 1 ends at E = 0.000701, 1.5 at 0.00153: it "
    "zigzags across the valley to the end.":
        "1.7 在第 4 次更新时跑出图的范围；1 最后到 E = 0.000701，1.5 到 0.00153："
        "它一直在山谷两侧来回振荡。",
    "each layer back multiplies by f'(x) = y (1 - y) ≤ <the sigmoid's steepest slope> "
    "(formula 2); weights this size don't undo it: the vanishing gradient.":
        "每往回一层都要乘以 f'(x) = y (1 - y) ≤ <the sigmoid's steepest slope>（公式 2）；"
        "这么大的权重抵消不了它：这就是梯度消失。",
    # ---- the package: errors for bad input --------------------------------------
    # argument names, values and shapes stay as they are, quoted like code ('sizes')
    # checks.py: what enters the package from outside
    "{name} must be finite, got inf (or a number past the largest float, about 1.8e308): {array!r}":
        "'{name}' 必须是有限的数，却得到 inf（或超过最大浮点数、约 1.8e308 的数）：{array!r}",
    "sizes must be a list of layer sizes such as [1, 2, 2, 1], got {sizes!r}":
        "'sizes' 必须是各层大小的列表，例如 [1, 2, 2, 1]，却得到 {sizes!r}",
    "sizes must list at least two layers (an input and an output layer), got {sizes!r}":
        "'sizes' 至少要列出两层（一个输入层和一个输出层），却得到 {sizes!r}",
    "sizes {sizes} make a network of {weights} weights; a Network holds at most {max_weights} "
    "({megabytes} MB of floats): it is written to be read, not to train big networks":
        "'sizes' 为 {sizes} 的网络有 {weights} 个权重；Network(...) 最多容纳 {max_weights} 个"
        "（{megabytes} MB 的浮点数）：它是写来读懂的，不是用来训练大网络的",
    "{name} must be numbers, not a masked array (NumPy would drop the mask and use the masked "
    "entries as numbers): fill them in (.filled(...)) or leave those examples out; got {value!r}":
        "'{name}' 必须是数，不能是掩码数组（NumPy 会丢掉掩码，把被遮住的元素当作数来用）："
        "请把它们填上（.filled(...)），或者去掉这些样本；却得到 {value!r}",
    "{name} must be numbers (an array of floats), got {value!r}":
        "'{name}' 必须是数（浮点数数组），却得到 {value!r}",
    "{name} must have shape {expected}, got shape {shape}":
        "'{name}' 的形状必须是 {expected}，却得到形状 {shape}",
    "{name} must be finite, got NaN (not a number): {array!r}":
        "'{name}' 必须是有限的数，却得到 NaN（不是数）：{array!r}",
    "{name} must have shape ({n},) for one example or (B, {n}) for a batch of B examples, got shape {shape}":
        "'{name}' 的形状必须是 ({n},)（一个样本）或 (B, {n})（B 个样本的一个批量），却得到形状 {shape}",
    "{name} must be a {what}, got {value!r}": "'{name}' 必须是{what}，却得到 {value!r}",
    "{name} must be a finite {what}, got {value!r}": "'{name}' 必须是有限的{what}，却得到 {value!r}",
    "{name} must be a {what} that a float can hold (at most about 1.8e308), got {value}":
        "'{name}' 必须是浮点数装得下的{what}（至多约 1.8e308），却得到 {value}",
    "number": "数",
    "number greater than 0": "大于 0 的数",
    "number at least 0": "不小于 0 的数",
    "number from 0 up to 1": "从 0 到 1 的数",
    "number of at least 0 (a standard deviation)": "不小于 0 的数（一个标准差）",
    "{name} must be a finite number greater than 0, got {value!r}":
        "'{name}' 必须是大于 0 的有限数，却得到 {value!r}",
    "{name} must be a list of learning rates such as [0.01, 1.0, 100], got {rates!r}":
        "'{name}' 必须是学习率的列表，例如 [0.01, 1.0, 100]，却得到 {rates!r}",
    "{name} must be a list of learning rates such as [0.01, 1.0, 100], in the order wanted; "
    "got a {type}, which has no order":
        "'{name}' 必须是学习率的列表，例如 [0.01, 1.0, 100]，按想要的顺序排好；"
        "却得到一个 {type}，它没有顺序",
    "{name} must hold at least one learning rate, got none": "'{name}' 至少要有一个学习率，却是空的",
    "{name} must be a whole number, got {value!r}": "'{name}' 必须是整数，却得到 {value!r}",
    "{name} must be at least {minimum}, got {value}": "'{name}' 至少要是 {minimum}，却得到 {value}",
    "{name} must be at most {maximum}{because}, got {value}":
        "'{name}' 至多只能是 {maximum}{because}，却得到 {value}",
    " ({why})": "（{why}）",
    "an integer of about {digits} digits": "一个约 {digits} 位的整数",
    "{name} must be between {lowest_rate:g} and {highest_rate:g} (the learning-rate slider's range), "
    "got {value!r}":
        "'{name}' 必须在 {lowest_rate:g} 和 {highest_rate:g} 之间（学习率滑块的范围），却得到 {value!r}",
    "{name} must be numbers a float can hold (at most about 1.8e308 in size), got {largest}":
        "'{name}' 必须是浮点数装得下的数（绝对值至多约 1.8e308），却得到 {largest}",
    # network.py, names.py, activations.py, errors.py, quantities.py
    "net must be a Network, got {type}": "'net' 必须是一个网络 Network(...)，却得到 {type}",
    "{argument} must be a name such as 'sigmoid' or a list of {n_layers} names, got {activation!r}":
        "'{argument}' 必须是一个名字，例如 'sigmoid'，或 {n_layers} 个名字的列表，却得到 {activation!r}",
    "{argument} must list one name per non-input layer ({n_layers}), got {n_activation}: {activation!r}":
        "'{argument}' 必须为输入层以外的每一层列出一个名字（{n_layers} 个），却得到 {n_activation} 个："
        "{activation!r}",
    "{argument} must be True or False, got {learn_biases!r}":
        "'{argument}' 必须是 True 或 False，却得到 {learn_biases!r}",
    "{name} must be a list of {n_shapes} arrays, one per layer after the input, got {type}":
        "'{name}' 必须是 {n_shapes} 个数组的列表，输入层之后每层一个，却得到 {type}",
    "{name} must be a list of {n_shapes} arrays, one per layer after the input, got {n_arrays}":
        "'{name}' 必须是 {n_shapes} 个数组的列表，输入层之后每层一个，却得到 {n_arrays} 个",
    "net.{name} must be a list of {n_shapes} arrays, got {arrays!r}":
        "网络的 '{name}' 必须是 {n_shapes} 个数组的列表，却得到 {arrays!r}",
    "net.{name}[{l}] must be a float array of shape {shape}, got {array!r}; "
    "set it with np.array(..., dtype=float)":
        "网络的 '{name}' 中第 {l} 个必须是形状为 {shape} 的浮点数数组，却得到 {array!r}；"
        "请用 np.array(..., dtype=float) 来设置",
    "backward() needs the values of a forward pass: call forward(x_input) first":
        "backward() 需要正向传播的值：请先调用 forward(x_input)",
    "update() needs the derivatives of a backward pass: call forward(x_input) and backward(y_target) first":
        "update() 需要反向传播得到的导数：请先调用 forward(x_input) 和 backward(y_target)",
    "softmax has no derivative node by node; it is used only as the output activation with "
    "error='cross_entropy'":
        "softmax 没有逐个节点的导数；它只用作输出层的激活函数，并且要配合 error='cross_entropy'",
    "{argument} must be a name (one of {activations}, or {output_only}), got {type} {name!r}":
        "'{argument}' 必须是一个名字（{activations} 之一，或 {output_only}），却得到 {type} {name!r}",
    "{argument} must be one of {activations} (or {output_only}), got {name!r}":
        "'{argument}' 必须是 {activations} 之一（或 {output_only}），却得到 {name!r}",
    "{names} for the output layer": "{names}（用于输出层）",
    "error must be a name (one of {errors}), got {type} {name!r}":
        "'error' 必须是一个名字（{errors} 之一），却得到 {type} {name!r}",
    "error must be one of {errors}, got {name!r}": "'error' 必须是 {errors} 之一，却得到 {name!r}",
    "error='cross_entropy' with {outputs} needs the output activation {wanted!r}, got {argument} {name!r}":
        "error='cross_entropy' 在{outputs}时需要输出层激活函数 {wanted!r}，却得到 '{argument}' {name!r}",
    "one output": "一个输出",
    "{n_outputs} outputs": "{n_outputs} 个输出",
    "{name} must be probabilities from 0 to 1 for error='cross_entropy', got {y_target!r}":
        "用 error='cross_entropy' 时，'{name}' 必须是从 0 到 1 的概率，却得到 {y_target!r}",
    "{name} must have rows that sum to 1 (one probability per softmax output) for "
    "error='cross_entropy', got {y_target!r}":
        "用 error='cross_entropy' 时，'{name}' 的每一行之和必须是 1（每个 softmax 输出一个概率），"
        "却得到 {y_target!r}",
    "{argument} {name!r} is for the output layer only, got it for layer {l}":
        "'{argument}' {name!r} 只能用于输出层，却用在了第 {l} 层",
    "{argument} {name!r} on the output layer needs error='cross_entropy', got error={error!r}":
        "输出层的 '{argument}' {name!r} 需要 error='cross_entropy'，却得到 error={error!r}",
    "{name} must be an id ('node', l, i), ('edge', l, i, j), ('bias', l, j) or ('error',) with whole "
    "numbers l, i, j, got {item!r}":
        "'{name}' 必须是一个编号：('node', l, i)、('edge', l, i, j)、('bias', l, j) 或 ('error',)，"
        "其中 l、i、j 是整数，却得到 {item!r}",
    "{name} {item!r} is not part of a network of sizes {sizes}":
        "'{name}' {item!r} 不属于各层大小为 {sizes} 的网络",
    # why a number has a largest value (checks.check_whole_number and check_positive_number)
    "every update of train goes through all of them": "train(...) 的每次更新都要过一遍所有样本",
    "a wider map shows nothing at the scale of a network's weights": "地图再宽，"
    "在网络权重的尺度上也看不出什么了",
    "the map stacks points x points copies of the network in memory":
        "这张地图要在内存里叠放 'points' x 'points' 份网络的副本",
    "a float holds about 17 significant digits; more are noise": "浮点数大约只有 17 位有效数字；再多就是噪声",
    "a finite difference is the slope at p only for a small step; the default is 1e-5":
        "只有步长很小时，有限差分才是 p 处的斜率；默认值是 1e-5",
    "a million updates already keep a notebook busy for minutes": "一百万次更新就已经让笔记本忙上好几分钟了",
    "the diagram's boxes have room for 10 digits": "图中的方框只放得下 10 位数字",
    # training.py, rate_sweep.py, datasets.py, gradcheck.py, diagnoses.py, optimisers.py
    "progress must be a function progress(done, total) or None, got {progress!r}":
        "'progress' 必须是形如 progress(已完成数, 总数) 的函数或 None，却得到 {progress!r}",
    "result must be a TrainingResult, got {type}": "'result' 必须是 TrainingResult(...) 的结果，"
    "却得到 {type}",
    "X and T must hold the same number of examples, got {n_x} inputs in X and {n_t} targets in T":
        "X 和 T 的样本数必须相同，却得到 X 中 {n_x} 个输入、T 中 {n_t} 个目标值",
    "the network's error on X, T is {initial_error} before training: X or the weights are too large":
        "训练之前，网络在 X、T 上的误差就已经是 {initial_error}：X 或权重太大了",
    "batch_size must be at most the number of examples ({n_x}), got {batch_size}":
        "'batch_size' 至多只能是样本数（{n_x}），却得到 {batch_size}",
    "{name} must be a function or None, got {function!r}":
        "'{name}' 必须是一个函数或 None，却得到 {function!r}",
    "noise must be a finite {what}, got {noise!r}": "'noise' 必须是有限的{what}，却得到 {noise!r}",
    "noise must be at most {max_noise} (a hundred times the data's own size: the shapes are long gone), "
    "got {noise!r}":
        "'noise' 至多只能是 {max_noise}（数据本身大小的一百倍：再大，形状早就看不出来了），却得到 {noise!r}",
    "net must have at most {max_parameters} weights and biases for gradcheck, which computes E four "
    "times for each of them; net {sizes} has {parameters}: check a smaller network with the same "
    "activations":
        "用 gradcheck(...) 检验时，'net' 至多只能有 {max_parameters} 个权重和偏置，因为每个参数都要算四次 E；"
        "网络 {sizes} 有 {parameters} 个：请检验一个激活函数相同、规模更小的网络",
    "tolerance must be a number at least 0, got {tolerance!r}":
        "'tolerance' 必须是不小于 0 的数，却得到 {tolerance!r}",
    "optimiser must be GradientDescent(learning_rate), Momentum(learning_rate, momentum) or "
    "Adam(learning_rate), got {optimiser!r}":
        "'optimiser' 必须是 GradientDescent(learning_rate)、Momentum(learning_rate, momentum=...) 或 "
        "Adam(learning_rate)，却得到 {optimiser!r}",
    "{name} must be at least 0 and less than 1, got {value!r}":
        "'{name}' 必须不小于 0 且小于 1，却得到 {value!r}",
    "w must have the shape of the w of the steps before, {expected} (its {name} has that shape), got "
    "shape {shape}: use a new optimiser for other parameters":
        "'w' 的形状必须和之前各步的 w 一样，是 {expected}（它的 '{name}' 就是这个形状），却得到形状 {shape}："
        "换别的参数时，请用一个新的优化器",
    "betas must be a pair (beta1, beta2) such as (0.9, 0.999), got {betas!r}":
        "'betas' 必须是一对数 (β1, β2)，例如 (0.9, 0.999)，却得到 {betas!r}",
    # error_surface.py, experiments.py, failures.py, error_choice.py, steps.py
    "{name} must be a name such as 'w_46' or 'b_6', or an id ('edge', l, i, j) or ('bias', l, j) with "
    "whole numbers l, i, j, got {parameter!r}":
        "'{name}' 必须是一个名字，例如 'w_46' 或 'b_6'，或者一个编号 ('edge', l, i, j) 或 ('bias', l, j)，"
        "其中 l、i、j 是整数，却得到 {parameter!r}",
    "parameters must be a pair of parameters such as ('w_46', 'b_6'), got {parameters!r}":
        "'parameters' 必须是一对参数，例如 ('w_46', 'b_6')，却得到 {parameters!r}",
    "parameters must be two different parameters, got {parameter} twice":
        "'parameters' 必须是两个不同的参数，却两次得到 {parameter}",
    "names must be a pair of texts such as ('w', 'b'), got {names!r}":
        "'names' 必须是一对文字，例如 ('w', 'b')，却得到 {names!r}",
    "names must be two different, non-empty texts, got {names!r}":
        "'names' 必须是两个不同的、非空的文字，却得到 {names!r}",
    "surface must be an ErrorSurface (from error_surface), got {type}":
        "'surface' 必须是 error_surface(...) 给出的误差曲面，却得到 {type}",
    "start must lie on the map, {names_0} from {low_0} to {high_0} and {names_1} from {low_1} to "
    "{high_1}, got {start}":
        "'start' 必须在地图上：{names_0} 从 {low_0} 到 {high_0}，{names_1} 从 {low_1} 到 {high_1}，"
        "却得到 {start}",
    "{name} must name a weight or a bias of a network of sizes {sizes}, such as {first_names} or "
    "{last_name}, "
    "got {parameter!r}":
        "'{name}' 必须是各层大小为 {sizes} 的网络中的一个权重或偏置，例如 {first_names} 或 {last_name}，"
        "却得到 {parameter!r}",
    "net must have one output node, got sizes {sizes}": "'net' 必须只有一个输出节点，却得到各层大小 {sizes}",
    "learning_rates can hold at most {most} rates, got {n_rates} (as many curves as the explorer draws)":
        "'learning_rates' 至多只能有 {most} 个学习率（探索器画得下的曲线条数），却得到 {n_rates} 个",
    "nets must be a dict of label -> Network, got {nets!r}":
        "'nets' 必须是 标签 -> Network(...) 的字典，却得到 {nets!r}",
    "nets can hold at most {n_series_styles} networks, got {n_nets} (each curve is drawn in a style of "
    "its own)":
        "'nets' 至多只能有 {n_series_styles} 个网络（每条曲线都有自己的画法），却得到 {n_nets} 个",
    "net must have a hidden layer, got sizes {sizes}": "'net' 必须有一个隐藏层，却得到各层大小 {sizes}",
    "nets must all have the same sizes, got {sizes}": "'nets' 中的网络各层大小必须都相同，却得到 {sizes}",
    "done must be a whole number of steps, got {done!r}": "'done' 必须是步数（整数），却得到 {done!r}",
    "done must be a number of steps done, from 0 to {n_steps} (the record's {n_steps} steps), got {done!r}":
        "'done' 必须是已完成的步数，从 0 到 {n_steps}（记录共有 {n_steps} 步），却得到 {done!r}",
    # exercises.py, formatting.py, source.py, worksheet.py, language.py
    "exercise must be an Exercise or one of the names {names}; got {type} {exercise}":
        "'exercise' 必须是一个练习 Exercise(...) 或名字 {names} 之一；却得到 {type} {exercise}",
    "namespace must be a dict of names, such as globals(), got {type}":
        "'namespace' 必须是名字的字典，例如 globals()，却得到 {type}",
    "value must be a number, got {value!r}": "'value' 必须是一个数，却得到 {value!r}",
    "value must be a real number, got the complex {value!r}": "'value' 必须是实数，却得到复数 {value!r}",
    "value must be a number a float can hold (at most about 1.8e308), got {value}":
        "'value' 必须是浮点数装得下的数（至多约 1.8e308），却得到 {value}",
    "{snippet!r} is not in the source of {function}": "{snippet!r} 不在 {function} 的源代码里",
    "latex has a formula with no plain notation here: {latex!r}":
        "'latex' 中有一个公式，这里没有它的纯文本写法：{latex!r}",
    "number must be an integer from 1 to {n_lecture_questions}, got {number!r}":
        "'number' 必须是从 1 到 {n_lecture_questions} 的整数，却得到 {number!r}",
    "number must be from 1 to {n_lecture_questions}, got {number}":
        "'number' 必须在 1 到 {n_lecture_questions} 之间，却得到 {number}",
    "language must be a string, one of {languages}; got {type}":
        "'language' 必须是字符串，{languages} 之一；却得到 {type}",
    "language must be one of {languages}; got {language!r}":
        "'language' 必须是 {languages} 之一；却得到 {language!r}",
    # widgets.py, surface_widgets.py, predict_widgets.py
    "{name} must be True or False, got {value!r}": "'{name}' 必须是 True 或 False，却得到 {value!r}",
    "net is too big for the player: it takes a network of at most {max_stepper_nodes} nodes a layer and "
    "{max_stepper_weights} weights (one formula and picture a step; a bigger network has hundreds of "
    "steps and sums too tall to draw), got sizes {sizes} with {weights} weights: draw_network(net) draws "
    "it whole, or step through a smaller network such as [2, 3, 1]":
        "'net' 对播放器来说太大了：它只接受每层至多 {max_stepper_nodes} 个节点、共至多 {max_stepper_weights} "
        "个权重的网络（每一步一个公式、一幅图；更大的网络有成百上千步，求和式也高得画不下），"
        "却得到各层大小 {sizes}、{weights} 个权重：draw_network(...) 可以把它整个画出来，"
        "或者换一个更小的网络来逐步播放，例如 [2, 3, 1]",
    "panels must be a tuple of picture names, such as ('diagram',), got {panels!r}":
        "'panels' 必须是图名的元组，例如 ('diagram',)，却得到 {panels!r}",
    "panels must name one or both of {stepper_panels}, got {panels!r}":
        "'panels' 必须是 {stepper_panels} 中的一个或两个，却得到 {panels!r}",
    "panels must be a list of tabs, such as [('curve', 'boundary'), 'network'], got {panels!r}":
        "'panels' 必须是标签页的列表，例如 [('curve', 'boundary'), 'network']，却得到 {panels!r}",
    "panels must show at least one picture, got an empty list": "'panels' 至少要显示一幅图，却得到空列表",
    "learning_rate must be one of the slider's rates, such as {below} or {above}, got {value!r}":
        "'learning_rate' 必须是滑块上的学习率之一，例如 {below} 或 {above}，却得到 {value!r}",
    "k must be a whole number (the index of a step), got {k!r}": "'k' 必须是整数（第几步），却得到 {k!r}",
    "updates must be at most {max} (max_updates), got {updates!r}":
        "'updates' 至多只能是 {max}（max_updates），却得到 {updates!r}",
    "each tab of panels shows one or two pictures, got {tab!r}":
        "'panels' 的每个标签页显示一幅或两幅图，却得到 {tab!r}",
    "max_updates must be at least updates ({updates}), got {max_updates!r}":
        "'max_updates' 至少要是 'updates'（{updates}），却得到 {max_updates!r}",
    "panels can show {titles}, got {name!r}": "'panels' 可以显示 {titles}，却得到 {name!r}",
    "panels shows {name!r} twice": "'panels' 把 {name!r} 显示了两次",
    "panels: 'boundary' needs a network with 2 inputs and one output or a softmax output":
        "'panels'：'boundary' 需要一个有 2 个输入、并且只有一个输出或用 softmax 输出的网络",
    "panels: 'sweep' needs background=True (the work on every rate)":
        "'panels'：'sweep' 需要 background=True（要在每个学习率上都训练一遍）",
    "panels: 'network' is shown in a tab of its own, got {tab!r}":
        "'panels'：'network' 单独显示在一个标签页里，却得到 {tab!r}",
    "batch_sizes must be 1 to {max_paths} different batch sizes, such as (1, 3, None), got {batch_sizes!r}":
        "'batch_sizes' 必须是 1 到 {max_paths} 个不同的批量大小，例如 (1, 3, None)，却得到 {batch_sizes!r}",
    "surface must be an ErrorSurface (error_surface.error_surface), got {type}":
        "'surface' 必须是 error_surface.error_surface(...) 给出的误差曲面，却得到 {type}",
    "{name} must be a string, got {question!r}": "'{name}' 必须是字符串，却得到 {question!r}",
    "{name} must say something, got {question!r}": "'{name}' 不能是空的，却得到 {question!r}",
    "right must be one of the choices {choices!r} (or None), got {right!r}":
        "'right' 必须是选项 {choices!r} 之一（或 None），却得到 {right!r}",
    "choices must be a list of strings, got {choices!r}": "'choices' 必须是字符串的列表，却得到 {choices!r}",
    "choices must be strings, got {choices!r}": "'choices' 必须都是字符串，却得到 {choices!r}",
    "choices must hold at least two different, non-empty answers, got {choices!r}":
        "'choices' 至少要有两个不同、不为空的答案，却得到 {choices!r}",
    # the pictures' argument checks (pictures/*.py)
    "formula_figure needs at least one formula (LaTeX text, without $)":
        "formula_figure(...) 至少需要一个公式（LaTeX 文本，不带 $）",
    "width_px must be a number of CSS pixels, got {width_px!r}":
        "'width_px' 必须是 CSS 像素数，却得到 {width_px!r}",
    "width_px must be between {narrowest_px} and {max_width_px} CSS pixels (a notebook column), got "
    "{width_px}":
        "'width_px' 必须在 {narrowest_px} 到 {max_width_px} 个 CSS 像素之间（笔记本的一栏），"
        "却得到 {width_px}",
    "formulas[{k}] must be LaTeX text (a str, without $), got {type} {latex!r}":
        "formulas[{k}] 必须是 LaTeX 文本（str，不带 $），却得到 {type} {latex!r}",
    "formulas[{k}] must be one line of LaTeX, not empty and without $ (the picture is all maths), "
    "got {latex!r}":
        "formulas[{k}] 必须是一行不为空、不带 $ 的 LaTeX（整幅图都是数学式），却得到 {latex!r}",
    "matplotlib's mathtext cannot draw the LaTeX {latex!r}: {reason}":
        "matplotlib.mathtext 画不出 LaTeX {latex!r}：{reason}",
    "activation must be one of {activations} to be drawn node by node, got {name!r}, which joins the "
    "nodes of a layer":
        "要逐个节点地画，'activation' 必须是 {activations} 之一，却得到 {name!r}，它把一层的节点连在一起",
    "names must be a list of activation names such as ['sigmoid', 'tanh'], got {names!r}":
        "'names' 必须是激活函数名字的列表，例如 ['sigmoid', 'tanh']，却得到 {names!r}",
    "learning_rate = {learning_rate} moves the weight by {step}; at most {max_span} can be drawn "
    "({why_max_span}): use a smaller learning_rate":
        "learning_rate = {learning_rate} 让权重移动 {step}；至多只能画 {max_span}（{why_max_span}）："
        "请用更小的 learning_rate",
    "far beyond where the curve changes; wider ones run past the largest float":
        "远远超出曲线变化的地方；再宽就超过最大浮点数了",
    "edge must be (l, i, j) for the weight net.weights[l][i, j], got {edge!r}":
        "'edge' 必须是 (l, i, j)，表示权重 net.weights[l][i, j]，却得到 {edge!r}",
    "edge must be (l, i, j) for a weight net.weights[l][i, j] of a network of sizes {sizes}, got {edge!r}":
        "'edge' 必须是 (l, i, j)，表示各层大小为 {sizes} 的网络中的权重 net.weights[l][i, j]，"
        "却得到 {edge!r}",
    "runs must be a dict of error name ({names}) -> run, as compare_error_functions gives, got {runs!r}":
        "'runs' 必须是 误差函数名（{names}）-> 训练结果 的字典，"
        "就像 compare_error_functions(...) 给出的那样，"
        "却得到 {runs!r}",
    "state must be a Network or an object with its attributes (sizes, weights, biases, x, y, ...), "
    "got {type}":
        "'state' 必须是 Network(...) 或者有它那些属性（'sizes'、'weights'、'biases'、x、y 等）的对象，"
        "却得到 {type}",
    "max_height_px must be a whole number of pixels or None, got {max_height_px!r}":
        "'max_height_px' 必须是像素数（整数）或 None，却得到 {max_height_px!r}",
    "max_height_px must be from {least} to {most} (pixels), got {max_height_px!r}":
        "'max_height_px' 必须在 {least} 到 {most} 之间（像素），却得到 {max_height_px!r}",
    "show must be a list of quantity names such as ('x', 'y'), got {show!r}":
        "'show' 必须是量的名字的列表，例如 ('x', 'y')，却得到 {show!r}",
    "state must be a Network or an object with its attributes; {type} has no {missing}":
        "'state' 必须是 Network(...) 或者有它那些属性的对象；{type} 没有 {missing}",
    "state must be a network of sizes {sizes} (this diagram's), got sizes {state_sizes}":
        "'state' 必须是各层大小为 {sizes} 的网络（这幅图的网络），却得到各层大小 {state_sizes}",
    "{name} must be a list of {n_shapes} arrays, one per layer, got {arrays!r}":
        "'{name}' 必须是 {n_shapes} 个数组的列表，每层一个，却得到 {arrays!r}",
    "highlight must be None or a dict with a 'target' id, got {highlight!r}":
        "'highlight' 必须是 None 或带有 'target' 编号的字典，却得到 {highlight!r}",
    "highlight may only have the keys 'target', 'reads', 'quantity' and 'phase', got {unknown}":
        "'highlight' 只能有键 'target'、'reads'、'quantity' 和 'phase'，却得到 {unknown}",
    "highlight['phase'] must be one of {phases}, got {phase!r}":
        "highlight['phase'] 必须是 {phases} 之一，却得到 {phase!r}",
    "highlight['quantity'] of a {target_0} must be one of {allowed}, got {quantity!r}":
        "{target_0} 的 highlight['quantity'] 必须是 {allowed} 之一，却得到 {quantity!r}",
    "ax must be a matplotlib Axes (or None for a figure of the diagram's own), got {type}":
        "'ax' 必须是 matplotlib.axes.Axes（或 None，让这幅图自己建一个图形），却得到 {type}",
    "highlights must be True or False, got {highlights!r}":
        "'highlights' 必须是 True 或 False，却得到 {highlights!r}",
    "keep_height must be True or False, got {keep_height!r}":
        "'keep_height' 必须是 True 或 False，却得到 {keep_height!r}",
    "show must name quantities among {quantity_names}, got {name!r}":
        "'show' 必须是 {quantity_names} 中的量，却得到 {name!r}",
    "state must hold one example, but {where} has shape {shape} (a batch): draw one example, shape "
    "{expected}":
        "'state' 必须只有一个样本，但 {where} 的形状是 {shape}（一个批量）：请画一个样本，形状 {expected}",
    "{where} must have shape {expected}, got shape {shape}": "{where} 的形状必须是 {expected}，"
    "却得到形状 {shape}",
    "{where} must be finite (nan for 'not known yet'), got {array!r}":
        "{where} 必须是有限的数（用 nan 表示“还不知道”），却得到 {array!r}",
    "x_input must be one example, shape ({sizes_0},): the chain rule is drawn for one example, got shape "
    "{shape}":
        "'x_input' 必须是一个样本，形状为 ({sizes_0},)：链式法则是对一个样本画的，却得到形状 {shape}",
    "edge must lead into the output layer (l = {output_layer}), so that one path leads from it to E; got "
    "{edge!r}, whose paths are drawn by draw_paths_adding":
        "'edge' 必须连到输出层（l = {output_layer}），这样从它到 E 只有一条路径；却得到 {edge!r}，"
        "它的路径请用 draw_paths_adding(...) 来画",
    "node must be (l, i) for node i of layer l, got {node!r}":
        "'node' 必须是 (l, i)，表示第 l 层的节点 i，却得到 {node!r}",
    "node {node!r} feeds {n_next} nodes; one picture holds at most {max_paths} paths":
        "节点 {node!r} 连向 {n_next} 个节点；一幅图至多容纳 {max_paths} 条路径",
    "on must be True or False, got {on!r}": "'on' 必须是 True 或 False，却得到 {on!r}",
    "width_px must be at most {max_width_px} (a notebook column), got {width_px}":
        "'width_px' 至多只能是 {max_width_px}（笔记本的一栏），却得到 {width_px}",
    "{name} must be a Path (error_surface.descent_path), got {type}":
        "'{name}' 必须是 error_surface.descent_path(...) 给出的路径，却得到 {type}",
    "paths must be a list of Paths, got {type}":
        "'paths' 必须是 descent_path(...) 给出的路径的列表，却得到 {type}",
    "paths must hold 1 to {max_paths} paths, got {n_paths}":
        "'paths' 必须有 1 到 {max_paths} 条路径，却得到 {n_paths} 条",
    "panels must be a list of lists of path indices, got {panels!r}":
        "'panels' 必须是路径序号列表的列表，却得到 {panels!r}",
    "panels must hold each index of the {count} paths once, got {panels!r}":
        "'panels' 必须把 {count} 条路径的每个序号各列一次，却得到 {panels!r}",
    "labels must be a list of {count} texts, got {labels!r}":
        "'labels' 必须是 {count} 段文字的列表，却得到 {labels!r}",
    "labels must hold one text per path ({count}), got {n_labels}":
        "'labels' 必须每条路径一段文字（{count} 段），却得到 {n_labels} 段",
    "max_height_px={max_height_px} leaves no room for the circles of a network of sizes {sizes}: give it "
    "more":
        "max_height_px={max_height_px} 放不下各层大小为 {sizes} 的网络的圆圈：请给它更多空间",
    "sizes must be a dict of label -> array, got {sizes!r}":
        "'sizes' 必须是 标签 -> 数组 的字典，却得到 {sizes!r}",
    "sizes can hold at most {max_groups} groups, got {n_sizes} (more bars would not fit side by side)":
        "'sizes' 至多只能有 {max_groups} 组，却得到 {n_sizes} 组（再多，柱子就并排放不下了）",
    "sizes[{label!r}] must hold sizes (at least 0), got {values}":
        "sizes[{label!r}] 必须是大小（不小于 0），却得到 {values}",
    "unbalanced braces in {latex!r}": "{latex!r} 中的花括号不配对",
    "latex must be a formula as a string, such as 'x_{{4}} = 0.5', got {latex!r}":
        "'latex' 必须是字符串形式的公式，例如 'x_{{4}} = 0.5'，却得到 {latex!r}",
    "steps must be a list of steps, such as trace(...) or a part of it, got {steps!r}":
        "'steps' 必须是步骤的列表，例如 trace(...) 或它的一部分，却得到 {steps!r}",
    "steps[{k}] must be a step of trace(...) (with a formula), got {step!r}":
        "steps[{k}] 必须是 trace(...) 中的一步（带公式），却得到 {step!r}",
    "paper must be one of {papers}, got {paper!r}": "'paper' 必须是 {papers} 之一，却得到 {paper!r}",
    "key must be True or False, got {key!r}": "'key' 必须是 True 或 False，却得到 {key!r}",
    "T must have one column per class, 2 to {classes} of them, got {shape_1}":
        "T 必须每个类别一列，共 2 到 {classes} 列，却得到 {shape_1} 列",
    "X must hold at least one example, got none": "X 至少要有一个样本，却是空的",
    "X must be at most {largest_input} in size for the decision-boundary picture (its axes run past the "
    "data, and their length must be a float), got {size}":
        "画决策边界时，X 的绝对值至多只能是 {largest_input}（坐标轴要伸出数据之外，轴长必须是浮点数），"
        "却得到 {size}",
    "compare must be a list of learning rates (or empty), got {compare!r}":
        "'compare' 必须是学习率的列表（或者为空），却得到 {compare!r}",
    "compare can hold at most {kept_runs} learning rates (the explorer keeps at most {kept_runs} curves), "
    "got {n_compare}":
        "'compare' 至多只能有 {kept_runs} 个学习率（探索器至多保留 {kept_runs} 条曲线），"
        "却得到 {n_compare} 个",

}

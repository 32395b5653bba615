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
    "Your answer: <b>{answer}</b>. Now run the experiment below.":
        "你的答案：<b>{answer}</b>。现在运行下面的实验吧。",
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
    "getting worse: {change}; the updates overshoot": "越来越差：{change}；更新走过了头",
    "too slow: {change}; it did not even halve": "太慢：{change}；连一半都没有降到",
    "stalled: {change}, but the second half of the run hardly lowered it":
        "停滞：{change}，但训练的后一半几乎没有让它再降低",
    "converging: {change}": "收敛：{change}",
    # a verdict's label (the explorer's curves, notebook 7's table)
    "diverged": "发散",
    "short run": "训练太短",
    "no gradient": "没有梯度",
    "oscillating": "振荡",
    "getting worse": "越来越差",
    "too slow": "太慢",
    "stalled": "停滞",
    "converging": "收敛",
    "diverged at update {k}": "在第 {k} 次更新时发散",
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
    "update": "更新",
    "from": "来自",
    "to node {n}": "到节点 {n}",
    "node {n}": "节点 {n}",
    "columns equal?": "各列相等？",
    "yes": "是",
    "no": "否",
    "weights into layer": "权重进入的层",
    "{l} (first hidden)": "{l}（第一个隐藏层）",
    "{l} (output)": "{l}（输出层）",
    "verdict": "结论",
    # Mazur's numbers beside ours (experiments.mazur_table)
    "quantity": "量",
    "published": "发表的值",
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
    "leaky_relu": "带泄漏的 ReLU",
    "linear": "线性",

    # ---- the package: exercises' checkers and hints -------------------------
    # the checkers' lines (exercises.py)
    "✓ right: {message}": "✓ 正确：{message}",
    "○ not written yet: {message}": "○ 还没写：{message}",
    "{name} matches on {count} cases": "{name} 在全部 {count} 个用例上都对",
    "wrong for {case}: your {name} {problem}. Hint: {hint}":
        "{case} 时出错：你的 {name} {problem}。提示：{hint}",
    "wrong for {case}: your {name} gave {got}, expected {want}. Hint: {hint}":
        "{case} 时出错：你的 {name} 得到 {got}，正确答案是 {want}。提示：{hint}",
    "did you forget `return` in front of the result?": "是不是忘了在结果前面写 `return`？",
    "{name} is not a function (it is {kind} {value}). Hint: define it with def {signature}: ...":
        "{name} 不是函数（它是 {kind} {value}）。提示：用 def {signature}: ... 来定义它",
    "{name} is not a function (it is {kind} {value})": "{name} 不是函数（它是 {kind} {value}）",
    "replace the `raise NotImplementedError` in {name} with your code":
        "把 {name} 里的 `raise NotImplementedError` 换成你的代码",
    "your {name} calls {callee}, which still has `raise NotImplementedError`: write {callee} first":
        "你的 {name} 调用了 {callee}，它里面还有 `raise NotImplementedError`：请先写好 {callee}",
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
        "你的函数算出了示例网络一次更新的全部 {count} 个数（正向传播、反向传播，以及学习率为 {rate} 的更新）",
    "{score} of {total} right": "{total} 题中答对 {score} 题",
    "no function called {name}: define it with def {signature}:":
        "没有名为 {name} 的函数：用 def {signature}: 来定义它",
    "the whole network needs {names}": "整个网络还需要 {names}",
    # the cases' notes (exercise_data.py)
    "x_2 of the demo network": "示例网络的 x_2",
    "node 2 of the demo network": "示例网络的节点 2",
    "node 3 of the demo network": "示例网络的节点 3",
    "node 4 of the demo network": "示例网络的节点 4",
    "node 6 of the demo network": "示例网络的节点 6",
    "a sigmoid node with x = 0": "x = 0 的 sigmoid 节点",
    "a linear node, f(x) = x": "线性节点，f(x) = x",
    "edge from node 4 to node 6 of the demo network": "示例网络中从节点 4 到节点 6 的边",
    "w_46 of the demo network": "示例网络的 w_46",
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

    # ---- notebooks 04-06 -----------------------------------------------------

    # ---- notebooks 07-08 -----------------------------------------------------

    # ---- notebook 09: the exercises and their solutions ----------------------

    # ---- the lecture's questions (Q1-Q9, Prediction widgets and worksheet) ----

    # ---- the lecture -----------------------------------------------------------

}

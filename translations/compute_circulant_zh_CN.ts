<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::circulant::CirculantRunKind</name>
    <message>
        <source>Block-circulant layers</source>
        <translation>块循环层</translation>
    </message>
    <message>
        <source>Trains LeNet-5 whose fully connected layers are k x k block-circulant matrices computed with FFTs (k times fewer weights), and measures inference time against dense layers.</source>
        <translation>训练全连接层为 k x k 块循环矩阵（用 FFT 计算，权重少 k 倍）的 LeNet-5，并与稠密层比较推理时间。</translation>
    </message>
    <message>
        <source>Circulant block size k (1: dense layers)</source>
        <translation>循环块大小 k（1：稠密层）</translation>
    </message>
    <message>
        <source>Comma-separated fully connected layers made block-circulant</source>
        <translation>改为块循环的全连接层（逗号分隔）</translation>
    </message>
    <message>
        <source>Folder with train/t10k IDX files (empty: Fashion-MNIST)</source>
        <translation>包含 train/t10k IDX 文件的文件夹（留空：Fashion-MNIST）</translation>
    </message>
    <message>
        <source>Passes over the training set</source>
        <translation>训练集遍数</translation>
    </message>
    <message>
        <source>Images per step</source>
        <translation>每步图像数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>SGD momentum</source>
        <translation>SGD 动量</translation>
    </message>
    <message>
        <source>L2 weight decay</source>
        <translation>L2 权重衰减</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Seed of the weights and the shuffling</source>
        <translation>权重与打乱顺序的随机种子</translation>
    </message>
    <message>
        <source>Train on the first n images only (0: all)</source>
        <translation>只用前 n 张图像训练（0：全部）</translation>
    </message>
    <message>
        <source>Test on the first n images only (0: all)</source>
        <translation>只用前 n 张图像测试（0：全部）</translation>
    </message>
    <message>
        <source>LibTorch threads (0: all cores)</source>
        <translation>LibTorch 线程数（0：全部核心）</translation>
    </message>
    <message>
        <source>Steps between loss points</source>
        <translation>损失记录间隔步数</translation>
    </message>
    <message>
        <source>LeNet-5 checkpoint whose weights are projected onto the circulant layers</source>
        <translation>其权重被投影到循环层上的 LeNet-5 检查点</translation>
    </message>
    <message>
        <source>Timed inference passes (the median is reported)</source>
        <translation>计时推理次数（报告中位数）</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Compression rate</source>
        <translation>压缩率</translation>
    </message>
    <message>
        <source>Stored weights</source>
        <translation>存储的权重数</translation>
    </message>
    <message>
        <source>Circulant inference (ms)</source>
        <translation>循环层推理（毫秒）</translation>
    </message>
    <message>
        <source>Dense inference (ms)</source>
        <translation>稠密推理（毫秒）</translation>
    </message>
    <message>
        <source>Parameter layers: unknown layer &quot;%1&quot; (expected fc1, fc2 or fc3).</source>
        <translation>参数 layers：未知层“%1”（应为 fc1、fc2 或 fc3）。</translation>
    </message>
</context>
<context>
    <name>kcat::circulant::CirculantTraining</name>
    <message>
        <source>Initial weights projected from %1.</source>
        <translation>初始权重由 %1 投影得到。</translation>
    </message>
    <message>
        <source>Block size %1: %2 stored weights for %3 dense weights.</source>
        <translation>块大小 %1：以 %2 个存储权重代替 %3 个稠密权重。</translation>
    </message>
    <message>
        <source>epoch %1 of %2</source>
        <translation>第 %1 / %2 轮</translation>
    </message>
    <message>
        <source>Epoch %1: test accuracy %2.</source>
        <translation>第 %1 轮：测试准确率 %2。</translation>
    </message>
    <message>
        <source>measuring inference time</source>
        <translation>正在测量推理时间</translation>
    </message>
</context>
</TS>

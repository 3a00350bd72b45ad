<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>kcat::engine::BaselineRunKind</name>
    <message>
        <source>Baseline training</source>
        <translation>基线训练</translation>
    </message>
    <message>
        <source>Trains LeNet-5, LeNet-300-100 or a small VGG-style CNN on Fashion-MNIST or another IDX image set with SGD or Adam.</source>
        <translation>使用 SGD 或 Adam 在 Fashion-MNIST 或其他 IDX 图像数据集上训练 LeNet-5、LeNet-300-100 或小型 VGG 风格卷积网络。</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>Images per second</source>
        <translation>每秒图像数</translation>
    </message>
    <message>
        <source>Epoch seconds</source>
        <translation>每轮秒数</translation>
    </message>
    <message>
        <source>Network to train</source>
        <translation>要训练的网络</translation>
    </message>
    <message>
        <source>Folder with train/t10k IDX files (empty: Fashion-MNIST)</source>
        <translation>包含 train/t10k IDX 文件的文件夹（留空：Fashion-MNIST）</translation>
    </message>
    <message>
        <source>Passes over the training set</source>
        <translation>遍历训练集的轮数</translation>
    </message>
    <message>
        <source>Images per step (over all data-parallel ranks)</source>
        <translation>每步图像数（所有数据并行进程合计）</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Seed of the weights and the shuffling</source>
        <translation>权重初始化与打乱顺序的随机种子</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
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
        <source>Step schedule: epochs between decays</source>
        <translation>阶梯调度：每隔多少轮衰减一次</translation>
    </message>
    <message>
        <source>Step schedule: decay factor</source>
        <translation>阶梯调度：衰减系数</translation>
    </message>
    <message>
        <source>Stop after this many steps (0: no limit)</source>
        <translation>达到此步数后停止（0：不限）</translation>
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
        <translation>记录损失的步数间隔</translation>
    </message>
</context>
<context>
    <name>kcat::engine::DataParallelGroup</name>
    <message>
        <source>Rank %1 of %2 cannot join the data-parallel group at %3:%4: %5</source>
        <translation>第 %1 个进程（共 %2 个）无法加入位于 %3:%4 的数据并行组：%5</translation>
    </message>
</context>
<context>
    <name>kcat::engine::IdxReader</name>
    <message>
        <source>Data set file %1 does not exist.</source>
        <translation>数据集文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Data set file %1 cannot be opened.</source>
        <translation>无法打开数据集文件 %1。</translation>
    </message>
    <message>
        <source>Data set file %1 is corrupt while reading %2: %3.</source>
        <translation>读取%2时发现数据集文件 %1 已损坏：%3。</translation>
    </message>
    <message>
        <source>Data set file %1 ends early: %2 bytes of %3 are missing.</source>
        <translation>数据集文件 %1 提前结束：%3缺少 %2 个字节。</translation>
    </message>
    <message>
        <source>the magic number</source>
        <translation>魔数</translation>
    </message>
    <message>
        <source>Data set file %1 is not an unsigned-byte IDX file: magic number %2 %3 %4 %5, expected 00 00 08 and a rank from 1 to %6.</source>
        <translation>数据集文件 %1 不是无符号字节 IDX 文件：魔数为 %2 %3 %4 %5，应为 00 00 08 且维数在 1 到 %6 之间。</translation>
    </message>
    <message>
        <source>Data set file %1 has %2 dimensions, expected %3.</source>
        <translation>数据集文件 %1 有 %2 个维度，应为 %3 个。</translation>
    </message>
    <message>
        <source>dimension %1</source>
        <translation>第 %1 维</translation>
    </message>
    <message>
        <source>Data set file %1: dimension %2 is %3, expected 1 to 2^30.</source>
        <translation>数据集文件 %1：第 %2 维为 %3，应在 1 到 2^30 之间。</translation>
    </message>
    <message>
        <source>Data set file %1 declares more than 4 GiB of data.</source>
        <translation>数据集文件 %1 声明的数据超过 4 GiB。</translation>
    </message>
    <message>
        <source>the %1 data bytes</source>
        <translation>%1 个数据字节</translation>
    </message>
    <message>
        <source>Data set file %1 is longer than its header declares (%2 bytes of data).</source>
        <translation>数据集文件 %1 比其文件头声明的长度（%2 个数据字节）更长。</translation>
    </message>
</context>
<context>
    <name>kcat::engine::ImageDatasetLoader</name>
    <message>
        <source>Data set files %1 and %2 disagree: %3 images but %4 labels.</source>
        <translation>数据集文件 %1 与 %2 不一致：有 %3 张图像，但有 %4 个标签。</translation>
    </message>
    <message>
        <source>Data set file %1 has label %2, expected labels from 0 to %3.</source>
        <translation>数据集文件 %1 含有标签 %2，标签应在 0 到 %3 之间。</translation>
    </message>
    <message>
        <source>Data set folder %1 does not exist.</source>
        <translation>数据集文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>kcat::engine::Network</name>
    <message>
        <source>Model file %1 cannot be loaded into a %2 network: %3</source>
        <translation>无法将模型文件 %1 载入 %2 网络：%3</translation>
    </message>
</context>
<context>
    <name>kcat::engine::Trainer</name>
    <message>
        <source>The training images are %1x%2 pixels but the test images %3x%4.</source>
        <translation>训练图像为 %1x%2 像素，但测试图像为 %3x%4 像素。</translation>
    </message>
    <message>
        <source>Joining the data-parallel group at %1:%2 as rank %3 of %4.</source>
        <translation>正在以第 %3 个进程（共 %4 个）的身份加入位于 %1:%2 的数据并行组。</translation>
    </message>
    <message>
        <source>Checkpoint %1 cannot be written.</source>
        <translation>无法写入检查点 %1。</translation>
    </message>
    <message>
        <source>Checkpoint %1 does not exist.</source>
        <translation>检查点 %1 不存在。</translation>
    </message>
    <message>
        <source>Checkpoint %1 holds a %2 network, not %3.</source>
        <translation>检查点 %1 保存的是 %2 网络，而不是 %3。</translation>
    </message>
    <message>
        <source>Checkpoint %1 cannot be read: %2</source>
        <translation>无法读取检查点 %1：%2</translation>
    </message>
    <message>
        <source>Resumed from %1 at step %2.</source>
        <translation>已从 %1 的第 %2 步恢复。</translation>
    </message>
    <message>
        <source>epoch %1 of %2, step %3</source>
        <translation>第 %1 轮（共 %2 轮），第 %3 步</translation>
    </message>
    <message>
        <source>Epoch %1: loss %2, train accuracy %3, test accuracy %4, %5 s.</source>
        <translation>第 %1 轮：损失 %2，训练准确率 %3，测试准确率 %4，用时 %5 秒。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Initial weights from %1.</source>
        <translation>初始权重来自 %1。</translation>
    </message>
</context>
<context>
    <name>kcat::engine::TrainingConfig</name>
    <message>
        <source>parameter &apos;%1&apos;: expected %2, got %3</source>
        <translation>参数“%1”：应为%2，实际为 %3</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;: expected a string, got %2</source>
        <translation>参数“%1”：应为字符串，实际为 %2</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;: %2 is outside [%3, %4]</source>
        <translation>参数“%1”：%2 超出范围 [%3, %4]</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;: &apos;%2&apos; is not one of %3</source>
        <translation>参数“%1”：“%2”不是 %3 之一</translation>
    </message>
    <message>
        <source>training parameters must be a JSON object</source>
        <translation>训练参数必须是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>未知参数“%1”</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos;: expected true or false</source>
        <translation>参数“%1”：应为 true 或 false</translation>
    </message>
    <message>
        <source>parameter &apos;batch_size&apos;: %1 is not a multiple of the world size %2</source>
        <translation>参数“batch_size”：%1 不是进程总数 %2 的倍数</translation>
    </message>
</context>
</TS>

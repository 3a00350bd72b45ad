#include "ui/experiments/RunView.h"

namespace kcat::ui {

namespace {
std::vector<RunViewFactory>& factories() {
    static std::vector<RunViewFactory> list;
    return list;
}
} // namespace

void registerRunView(RunViewFactory factory) {
    for (const RunViewFactory& f : factories())
        if (f.objectName == factory.objectName)
            return;
    factories().push_back(std::move(factory));
}

const std::vector<RunViewFactory>& runViewFactories() {
    return factories();
}

} // namespace kcat::ui

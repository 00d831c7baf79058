#include "columnfit.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

namespace hpg {

LongestTexts::LongestTexts(int columns, int kept)
    : m_kept(std::max(1, kept))
{
    reset(columns);
}

void LongestTexts::reset(int columns)
{
    m_longest.clear();
    m_longest.resize(std::max(0, columns));
}

void LongestTexts::note(int column, qsizetype length, int row)
{
    if (column < 0 || column >= m_longest.size())
        return;
    auto &longest = m_longest[column];
    const auto at = std::find_if(longest.begin(), longest.end(),
                                 [length](const std::pair<qsizetype, int> &kept) { return kept.first < length; });
    if (at == longest.end() && longest.size() >= m_kept)
        return;
    longest.insert(at, { length, row });
    if (longest.size() > m_kept)
        longest.removeLast();
}

void LongestTexts::noteModel(const QAbstractItemModel *model)
{
    const int rows = model->rowCount();
    const int columns = std::min(model->columnCount(), columnCount());
    for (int column = 0; column < columns; ++column) {
        for (int row = 0; row < rows; ++row)
            note(column, model->index(row, column).data(Qt::DisplayRole).toString().size(), row);
    }
}

void ColumnFit::fit(QTableView *view, const LongestTexts &longest, const ShownIndex &shown)
{
    QHeaderView *header = view->horizontalHeader();
    const QAbstractItemModel *model = view->model();
    if (!model)
        return;
    const int grid = view->showGrid() ? 1 : 0;
    int columns = std::min(model->columnCount(), longest.columnCount());
    if (header->stretchLastSection() && columns == model->columnCount())
        --columns;
    for (int column = 0; column < columns; ++column) {
        if (header->isSectionHidden(column))
            continue;
        int width = header->sectionSizeHint(column);
        for (const auto &kept : longest.rows(column)) {
            const QModelIndex index = shown ? shown(kept.second, column) : model->index(kept.second, column);
            if (index.isValid())
                width = std::max(width, view->sizeHintForIndex(index).width() + grid);
        }
        view->setColumnWidth(column, std::clamp(width, header->minimumSectionSize(), header->maximumSectionSize()));
    }
}

} // namespace hpg

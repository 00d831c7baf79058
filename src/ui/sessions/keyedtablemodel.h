#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>
#include <memory>
#include <vector>

namespace hpg {

// A table model whose rows are identified by a key (a pid, a lock's identity)
// and updated row by row: rows that went away are removed, rows that changed
// get dataChanged(), new rows are appended. Never a model reset, so selection,
// current index, scroll position and a proxy's sort survive each update.
// Row order is the order rows first appeared in; sort with a proxy.
template<typename T, typename Key> class KeyedTableModel : public QAbstractTableModel
{
public:
    struct UpdateStats
    {
        int inserted = 0;
        int removed = 0;
        int changed = 0;
        int changeSignals = 0; // dataChanged() emissions
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

    // Without QAbstractTableModel's hasIndex(), which asks rowCount() and columnCount() through two
    // more virtual calls: a sorting proxy makes an index for every comparison it makes.
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override
    {
        if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 || column >= columnCount())
            return QModelIndex();
        return createIndex(row, column);
    }

    const T *itemAt(int row) const
    {
        return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].get() : nullptr;
    }
    // The row's rank (see rankOf()), from a flat array kept beside the rows.
    qint64 rankAt(int row) const { return m_ranks[size_t(row)]; }
    int rowOfKey(const Key &key) const { return m_index.value(key, -1); }
    const T *itemByKey(const Key &key) const { return itemAt(rowOfKey(key)); }
    const UpdateStats &lastUpdate() const { return m_lastUpdate; }

    // Above this many separate runs of changed rows, one dataChanged() spans them all (a signal
    // per run costs a sorting proxy about as much as one over the whole table: measured with
    // 10,000 rows and 5 % changing).
    void setMaxChangeSignals(int count) { m_maxChangeSignals = count; }
    int maxChangeSignals() const { return m_maxChangeSignals; }

protected:
    // A number to sort rows by, kept in one flat array so that a sorting proxy's comparisons do not
    // chase a pointer per row (half the time of a 10,000-row re-sort: measured). Up to date whenever
    // a signal goes out.
    virtual qint64 rankOf(const T &) const { return 0; }

    // Makes the rows equal to `fresh` (keyed by keyOf(item); a repeated key keeps its first item).
    template<typename KeyOf> void applyRows(const QList<T> &fresh, KeyOf keyOf)
    {
        UpdateStats stats;
        QHash<Key, qsizetype> freshIndex;
        freshIndex.reserve(fresh.size());
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const Key key = keyOf(fresh[i]);
            if (!freshIndex.contains(key))
                freshIndex.insert(key, i);
        }

        // 1. Remove the rows that went away, in runs, from the bottom up.
        std::vector<int> gone;
        for (int row = 0; row < int(m_rows.size()); ++row) {
            if (!freshIndex.contains(keyOf(*m_rows[size_t(row)])))
                gone.push_back(row);
        }
        for (auto end = gone.rbegin(); end != gone.rend();) {
            auto begin = end;
            while (std::next(begin) != gone.rend() && *std::next(begin) == *begin - 1)
                ++begin;
            const int first = *begin;
            const int last = *end;
            beginRemoveRows(QModelIndex(), first, last);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
            m_ranks.erase(m_ranks.begin() + first, m_ranks.begin() + last + 1);
            endRemoveRows();
            stats.removed += last - first + 1;
            end = std::next(begin);
        }
        if (!gone.empty()) {
            m_index.clear();
            m_index.reserve(qsizetype(m_rows.size()));
            for (int row = 0; row < int(m_rows.size()); ++row)
                m_index.insert(keyOf(*m_rows[size_t(row)]), row);
        }

        // 2. Update the rows that changed, a run at a time: when a run's dataChanged() goes out, every
        //    other row still holds what a sorting proxy last saw, so it can place the run's rows.
        std::vector<int> changed;
        for (int row = 0; row < int(m_rows.size()); ++row) {
            if (!(*m_rows[size_t(row)] == fresh[freshIndex.value(keyOf(*m_rows[size_t(row)]))]))
                changed.push_back(row);
        }
        stats.changed = int(changed.size());
        if (!changed.empty()) {
            std::vector<std::pair<int, int>> runs;
            for (int row : changed) {
                if (!runs.empty() && runs.back().second == row - 1)
                    runs.back().second = row;
                else
                    runs.emplace_back(row, row);
            }
            if (int(runs.size()) > m_maxChangeSignals)
                runs = { { runs.front().first, runs.back().second } };
            const int lastColumn = columnCount() - 1;
            for (const auto &[first, last] : runs) {
                for (int row = first; row <= last; ++row) {
                    T &current = *m_rows[size_t(row)];
                    current = fresh[freshIndex.value(keyOf(current))];
                    m_ranks[size_t(row)] = rankOf(current);
                }
                emit dataChanged(index(first, 0), index(last, lastColumn));
            }
            stats.changeSignals = int(runs.size());
        }

        // 3. Append the new rows, in their order in `fresh`.
        std::vector<qsizetype> added;
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            const Key key = keyOf(fresh[i]);
            if (!m_index.contains(key) && freshIndex.value(key) == i)
                added.push_back(i);
        }
        if (!added.empty()) {
            const int first = int(m_rows.size());
            beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
            m_rows.reserve(m_rows.size() + added.size());
            m_ranks.reserve(m_ranks.size() + added.size());
            for (qsizetype i : added) {
                m_index.insert(keyOf(fresh[i]), int(m_rows.size()));
                m_rows.push_back(std::make_unique<T>(fresh[i]));
                m_ranks.push_back(rankOf(fresh[i]));
            }
            endInsertRows();
            stats.inserted = int(added.size());
        }
        m_lastUpdate = stats;
    }

    // Emits dataChanged() for every row (e.g. after a display setting changed).
    void allRowsChanged()
    {
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }

private:
    std::vector<std::unique_ptr<T>> m_rows;
    std::vector<qint64> m_ranks; // rankOf() of each row
    QHash<Key, int> m_index;
    UpdateStats m_lastUpdate;
    int m_maxChangeSignals = 16;
};

} // namespace hpg

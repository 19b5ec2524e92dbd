// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/FormatListModel.h"

#include <QColor>
#include <QCoreApplication>

namespace Sprechtag {

namespace {

RecordColumns<Format> formatColumns()
{
    auto columns =
        nameAndField<Format>({QCoreApplication::translate("Sprechtag::FormatListModel", "Format"),
                              QCoreApplication::translate("Sprechtag::FormatListModel", "Partner")},
                             &Format::partner, [](const Format &f) { return f.archived; });
    // Each format in its colour.
    columns.decoration = [](const Format &f, int column) {
        if (column == FormatListModel::NameColumn && QColor::isValidColorName(f.colour))
            return QVariant(QColor::fromString(f.colour));
        return QVariant();
    };
    return columns;
}

} // namespace

FormatListModel::FormatListModel(QObject *parent) : RecordListModel<Format>(formatColumns(), parent)
{}

} // namespace Sprechtag

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/CompanyListModel.h"

#include <QCoreApplication>

namespace Sprechtag {

CompanyListModel::CompanyListModel(QObject *parent)
    : RecordListModel<Company>(
          nameAndField<Company>({QCoreApplication::translate("Sprechtag::CompanyListModel", "Company"),
                                 QCoreApplication::translate("Sprechtag::CompanyListModel", "City")},
                                &Company::city, [](const Company &c) { return c.archived; }),
          parent)
{}

} // namespace Sprechtag

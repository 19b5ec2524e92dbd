// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ConsultantListModel.h"

#include <QCoreApplication>

namespace Sprechtag {

ConsultantListModel::ConsultantListModel(QObject *parent)
    : RecordListModel<Consultant>(
          nameAndField<Consultant>(
              {QCoreApplication::translate("Sprechtag::ConsultantListModel", "Name"),
               QCoreApplication::translate("Sprechtag::ConsultantListModel", "Organisation")},
              &Consultant::organisation, [](const Consultant &c) { return !c.active; }),
          parent)
{}

} // namespace Sprechtag

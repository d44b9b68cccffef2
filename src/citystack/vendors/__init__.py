"""Who supplies what: each element's vendors and operator, and the deployments × layers vendor matrix."""

from citystack.vendors.matrix import (
    EMPTY_MARK,
    KEY,
    MatrixCell,
    MatrixColumn,
    MatrixRow,
    VendorMatrix,
    is_deployment,
    matrix_csv,
    matrix_markdown,
    vendor_matrix,
)
from citystack.vendors.supply import Supplier, annotation, supplied_layers, suppliers_of

__all__ = [
    "EMPTY_MARK",
    "KEY",
    "MatrixCell",
    "MatrixColumn",
    "MatrixRow",
    "Supplier",
    "VendorMatrix",
    "annotation",
    "is_deployment",
    "matrix_csv",
    "matrix_markdown",
    "supplied_layers",
    "suppliers_of",
    "vendor_matrix",
]

"""Checks .ci/perf/wasm-sizes.py on names taken from the app's own wasm: demangling both
mangling schemes, which crate a function counts under, and which of our modules. Run by
.ci/test: `python3 -m unittest discover -s .ci/perf -p 'test_*.py'`."""

import importlib.util
import pathlib
import unittest

spec = importlib.util.spec_from_file_location(
    "wasm_sizes", pathlib.Path(__file__).with_name("wasm-sizes.py")
)
ws = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ws)

SUMMARY_VIEW = "_ZN8signpost3app5pages16referral_summary24__component_summary_view17hc8fd12080c8ea0e1E"
NODE_DE = (
    "_ZN8signpost6engine5model1_87_$LT$impl$u20$serde_core..de..Deserialize$u20$for$u20$"
    "signpost..engine..model..Node$GT$11deserialize17h35368ff8217e6775E"
)
SERDE_JSON_SEQ = (
    "_ZN98_$LT$$RF$mut$u20$serde_json..de..Deserializer$LT$R$GT$$u20$as$u20$"
    "serde_core..de..Deserializer$GT$15deserialize_seq17h00aa1c1f5aa4b261E"
)
V0_TO_LOWERCASE = "_RNvMs3_NtCs5cOc02OMXlo_5alloc3stre12to_lowercase"


class Demangle(unittest.TestCase):
    def test_legacy_names_lose_their_hash_and_escapes(self):
        self.assertEqual(
            ws.demangle(SUMMARY_VIEW),
            "signpost::app::pages::referral_summary::__component_summary_view",
        )
        self.assertEqual(
            ws.demangle(SERDE_JSON_SEQ),
            "<&mut serde_json::de::Deserializer<R> as serde_core::de::Deserializer>::deserialize_seq",
        )

    def test_v0_names_are_read(self):
        self.assertEqual(ws.demangle(V0_TO_LOWERCASE), "alloc::str::<impl str>::to_lowercase")
        self.assertEqual(
            ws.demangle(
                "_RINvNtNtCsgXGp5Oqx2Ny_4core3fmt5float32float_to_decimal_common_shortestdEB6_"
            ),
            "core::fmt::float::float_to_decimal_common_shortest<f64>",
        )

    def test_what_is_not_mangled_is_kept(self):
        self.assertEqual(ws.demangle("__wbg_set_title_7c9f"), "__wbg_set_title_7c9f")


class Attribution(unittest.TestCase):
    def crate(self, raw):
        return ws.crate_of(raw, ws.demangle(raw))

    def test_a_trait_impl_counts_under_the_type_it_is_for(self):
        self.assertEqual(self.crate(NODE_DE), "signpost")
        self.assertEqual(self.crate(SERDE_JSON_SEQ), "serde_json")

    def test_plain_paths_count_under_their_first_segment(self):
        self.assertEqual(self.crate(SUMMARY_VIEW), "signpost")
        self.assertEqual(self.crate(V0_TO_LOWERCASE), "alloc")

    def test_our_functions_are_grouped_by_two_modules(self):
        self.assertEqual(
            ws.module_of(SUMMARY_VIEW, ws.demangle(SUMMARY_VIEW)), "signpost::app::pages"
        )
        self.assertEqual(
            ws.module_of(NODE_DE, ws.demangle(NODE_DE)), "signpost::engine::model"
        )
        self.assertIsNone(ws.module_of(SERDE_JSON_SEQ, ws.demangle(SERDE_JSON_SEQ)))


if __name__ == "__main__":
    unittest.main()

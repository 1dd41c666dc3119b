"""The held-out resolver sets are what they were when they were written: every home of
every split builds the very cases it built when its hash was recorded (a SHA-256 of its
phrases and cases: the sixty-second's, the sixty-first's, the sixtieth's, the fifty-ninth's, the fifty-eighth's, the fifty-seventh's, the fifty-sixth's, the fifty-fifth's, the fifty-fourth's, the fifty-third's, the fifty-second's, the fifty-first's, the fiftieth's, the forty-ninth's, the forty-eighth's, the forty-seventh's, the forty-sixth's, the forty-fifth's, the forty-fourth's, the forty-third's, the forty-second's, the forty-first's, the fortieth's, the thirty-ninth's, the thirty-eighth's, the thirty-seventh's, the thirty-sixth's, the thirty-fifth's, the thirty-fourth's, the thirty-third's, the thirty-second's, the thirty-first's, the thirtieth's, the twenty-ninth's, the twenty-eighth's, the twenty-seventh's, the
twenty-sixth's, the twenty-fifth's, the twenty-fourth's, the twenty-third's, the twenty-second's, the twenty-first's, twentieth's, nineteenth's,
eighteenth's, seventeenth's, sixteenth's, fifteenth's, fourteenth's, thirteenth's, twelfth's and
eleventh's when they were written, the tenth's on main at 3f8a0e6, the ninth's at c601b3b, the others when
the ninth was added). A held-out set that changes after its figures were reported is no
longer held out, so a change here must be a deliberate one, with the hash updated in the
same commit and said why."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _resolver_data import DATASETS  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _blind_set_checks import built_home  # noqa: E402

RECORDED = {
    "dev 0": "5ee806325602167fafca580818a6f6e81063ba93333ec41d0433b4e78e7dcaba",
    "held 1": "72d11b64ae3c9f4e4270ef22b9eb4e8d32b108846e538f1520f6f039a7da8853",
    "held 2": "97251b487e036976023cb4e6648e3512b45bac84c08cc5302b7b7e78241c9eae",
    "held 3": "4e27022b0b02a35efcb7c8eb0f1c1c58b1c0b7e61c4303764f7e29b448b5be3a",
    "fresh 7": "5b1dae3060efb0f015e56014332d87e066ac3a78cc490ed2db4999c911cb984b",
    "fresh 8": "45ba3699d73716364e300a98dc581ad06853a2aa293e0355d9bc449226380ee3",
    "fresh 9": "4dd53c7ca6675504ae6df364c879a5924b9f4c49c4bbc34040ffcd2c5aecac0b",
    "third 20": "b836ded3e41f6bc3bebdbf41d31f9462712f03d7c975a3c3cca5727f99965c27",
    "third 21": "006ccf96cfd3a739da34627315f82b6baf34cbf53f3e01a368dd267ebcda6f8f",
    "third 22": "47c2931866f3115d0ea31926f05fa359501556ba64826e6388722dc98ac591cd",
    "fourth 30": "196ecea3fe7f844e5b5350bdec3e2352d8d87e4e162e4658d5a96028500bea4e",
    "fourth 31": "1fe015310d0f1b0a1706208e0d275f9bfc04c1cb3075a600eeaecfb102c41d8a",
    "fourth 32": "c22d4305a8ff8b262087f0cf4668232cbffea2e86223095f121114ed99d86952",
    "fifth 40": "5091d39510bc1d71982640b7108f91bf962fb66f2245efe7df57079025218c81",
    "fifth 41": "b2dc3f1db2ff78cda14f000ad08cafa154783aa9934c1816b72ec566b94fe347",
    "fifth 42": "5d7a2420ff2d799186bce490ba27fa0ffe5f5574d0fb4885feffbbd464a197b5",
    "sixth 50": "b0cbf1fd595f86764ab7541166064f613b24930cd4e7a5c245deb0c2b4976d91",
    "sixth 51": "502fe03681a27ae34c49de626798aedff65b74c8e4296bb1a0828f0f1dea76d7",
    "sixth 52": "84ea25d7b5936833b84149db898154f35c21ae9e07f0d5619b1e337b636a5423",
    "seventh 60": "6eed45cd236d2b2e41be12efb4f7b039d45ee79063892f8be2fa24a7f336e8d2",
    "seventh 61": "79c6c86b244f445eea3a5b948d57a0625392c046b9025290eedebb2e9263641a",
    "seventh 62": "9e79b369c935f8beccf435e24870b80308181e74ffae631313223888622502f3",
    "eighth 70": "c01dc0710da0e9462a03055050fcfc503b8675afa0b60805664a909097b52ae8",
    "eighth 71": "f97994cd86fd8e5fd48546ef0c0e426534a7b14442409428c5b112c873867968",
    "eighth 72": "1651cbfd6be1a65782402ecfe2b3947310692723ada11d6b2800d2a54375cef7",
    "ninth 80": "1738a862c734bb3c38f9549bbdea7b72b03a11f112e2673c09fd424f456c2663",
    "ninth 81": "1d8c9518e54ebbe80daa089ad20f5cff32ee61c782cee52b20c1f3a4f365e6d2",
    "ninth 82": "2d7b3221795415a7b9db26f66d65720a6ad02c5b4afdc49a05705e74651e0e28",
    "tenth 90": "97763fabcc342d7ec23dff572905ef0f25065a88506ec48d6aa9fa6ba92e834c",
    "tenth 91": "7c091cd878db74eaae8de69229280816c5105b6db569b4e52a101ca762555379",
    "tenth 92": "ad6b06b69e2e32aae74e035fea32e638c0431375214f9163e1b39ada1cf54391",
    "eleventh 110": "69311320f9ac6bf3b476ad5febf20f2fdc42eadc1e6b8ef0eb3f5fa1d6b1d8a6",
    "eleventh 111": "74e4b95c0042a65760001875491eb7e04269fdd2255998d71592a712368e160d",
    "eleventh 112": "02d66880d70f79d4322838e4cbc42798d6f4a82f5d202bad7a2c69399799b8dc",
    "twelfth 120": "2c2f4a791dbc793b5ffe39a4db1c8b7e9c130209fdfb9e0630130b487fb6ae42",
    "twelfth 121": "9d4349e954b1ebc11d604674d89afbf769699e437cdb34a679773db9b2a6c799",
    "twelfth 122": "d8ef692979f89a95ef88f875c31f484478d6ed435f7813cb11069c653ab81e90",
    "thirteenth 130": "286f538bdaed2bbea5c8f548d1edb4ec29db1930b6c2d532674ab3c7bbe8dd91",
    "thirteenth 131": "2d40be9004a04a4bcc99027b82c5555b2e840273c423524f19f84e71b873a116",
    "thirteenth 132": "35c70c90e6c6a92102f9ada24abb57ad5a548571674e62c7beee14fda7412879",
    "fourteenth 140": "6a659aa8b0cdaf93bba26a9b1ab97a030f8f8b52a20c748e524f446f6f636d35",
    "fourteenth 141": "4e4caee175d7b8a80b1d05e85e036f904711e3bb5a1f361b8e8d1de2f73f2ccb",
    "fourteenth 142": "92c67441dbf1cc38f7fa0305a90faa7cf85474c641ef39594a492aaad1d2813f",
    "fifteenth 150": "303da6df9f045170fde945421a6cce44d9cae9003d12b2a58ace1d2f984c99d1",
    "fifteenth 151": "9bfc2206f1edaa1767d5e5fc58416dbc6e9cb80a883a9a6b8b00344a28932309",
    "fifteenth 152": "40e7c19e9dd86216233acac0cb7258ec550ec1d8083074d42eea44a6aac64010",
    "sixteenth 160": "4b800bfa8ab043514cbf210919022e3a814c843c7d4f182bbd333ed9b85adefc",
    "sixteenth 161": "8cc7231e41f6681d5118ae2967be71accb650e89e3f2da6d342585fa430e61b4",
    "sixteenth 162": "c209d989e1a954966f24a7f5d5b0b22ca90d5fe00210adcdabe8b9070d34387d",
    "seventeenth 170": "9081d14b31101029638843e9d68b088a1e70c909a7dbe17ccf44518037e77c30",
    "seventeenth 171": "9d19eb0b26e37f926382833570004bfe98069e704b63a28e6e9a6e99b476d508",
    "seventeenth 172": "7f49a66f88f3808921029b30ed38c22a7ea2680012fa15540be0c4f8cb378c46",
    "eighteenth 180": "9b8409c066f9d321ed3ea4642120c3f423da819d595b002c1d5753e0748fc926",
    "eighteenth 181": "ce0911c6ab4b41823e724dbcb2b8ea88f40306e82b971644ef07f90cdf5235d6",
    "eighteenth 182": "07cc4b3377a5d3496ba5525734a30932e857f6aa220fb816528613dabfb896e3",
    "nineteenth 190": "78e14e39c15814450b41c6d3dbc6d7c64f551bf410c1ea0365b4f93733a6dddf",
    "nineteenth 191": "8ec715e62782a2853c426d09aea60e4b2a60785623537bc0f3679fa6530f29c4",
    "nineteenth 192": "184e43ee4b59adaeceb50cf6138b48b48557501a55ee9fe35c4c0a9f3cddabc2",
    "twentieth 200": "fd3e3b8d4725f9e8769479952db23efb8b8d1311780721d79715b13e4bf4548b",
    "twentieth 201": "3787b377d599dbbee590858256d606b0cfc76c6796a2c996c621190a6d3b4b3c",
    "twentieth 202": "02a2b9f2033ebc69ea314fbacd6372f8f938d910a900347992394d05c7092635",
    "twentyfirst 210": "9f1f28a0bd37089d10712fd918a1d0bd900dd810872e0e3b369434b2417f3970",
    "twentyfirst 211": "e6cddce84179e0ee324d4824a07713a7281274be88d3f0f61dbdccb2868df14e",
    "twentyfirst 212": "5b549bbc05f2f6221d29ef8cf67b0444d6cd8b85ec19adf5e8d4239ae560578b",
    "twentysecond 220": "69e131a2d54e1f8c431c054a80d0e8012259470e5b2bd8b6749379f1eddc5366",
    "twentysecond 221": "4b8c8fa7c6a0b5f890e41469a5718448b1d887479db84fbd310b17ddd5dafd9a",
    "twentysecond 222": "d46cecd4816524270748498d9d3712eb268e6b5a4de8ffdd616a9a6b16b72787",
    "twentythird 230": "107e694d511f9abc2d17c7dc1b3dd07b679a995b1f25689e36941253bb6bb37b",
    "twentythird 231": "084bd10a0f4363b89c42744648ce6cae618ee862d310debdfc9e0423c9ace37c",
    "twentythird 232": "aa42bb82469fa93e4f8720a9df71427ba27b076a690cbea919a72dd2fd08c401",
    "twentyfourth 240": "a7deef76d7b9a1899e7aee8d3be270c499b9cb5aad7e791057e3c74fee78e9ae",
    "twentyfourth 241": "9540457420561d5a7dde77337118380dfdd946ce4a65d80c427c10ea80678962",
    "twentyfourth 242": "2ea642177c0a3558bb5b637dad910a49554d10c20e2c3826e78b527d345e7f08",
    "twentyfifth 250": "b4a02b21a9adae29e6442c64ad924a9bb2520a5de157efa559fc96a100bf749b",
    "twentyfifth 251": "bcaa5572b36dc37f79d40c2b7d5ca282ef55efa51747f5315071144b89cf2a90",
    "twentyfifth 252": "cf428f374aba6fbaf84bf23f7332091ddc540a8a759a7ebd9797d9aa18c66d5a",
    "twentysixth 260": "ccddc8ea9509afa4992626711e651951f856abf6a2fd1613dba7d422697dd3ee",
    "twentysixth 261": "32b802bdd0893bb9c5a586cd953f555c85596db512e1fa67c8db42f8e96a3d8c",
    "twentysixth 262": "1ff5140c01b51611272a0fd58a7acf2ab0e74263643d8cf0b955d83e6787c270",
    "twentyseventh 270": "933c76a9749cac2aa3147150f23e4a714e9d211075f71aaecc900a8807a9c0ce",
    "twentyseventh 271": "13526bfcae089441fad302cbc102a1034b62c7f454a02f1dc5d13376ec254da0",
    "twentyseventh 272": "cdeaa5076ed5ca3b326204a56826b09a51d3d28eb376c6e3c8ae8ee244f66ebd",
    "twentyeighth 280": "f8a1dc12ddd2f7f77d05985e77590ede937e4495701f05b05f0fca6d7b77dd23",
    "twentyeighth 281": "217665302fd64b45f7665186871956a5c07469541d7d6f77c056352990b9fa4d",
    "twentyeighth 282": "344f903cac8c80e8e1f08f7dbf81795ef4cadb7dfa56e49aca0ef7755e55d77b",
    "twentyninth 290": "d01c2cb8c24807aff1a7f8ddcf715666765dec1e6941957dfe09bca66faa16fc",
    "twentyninth 291": "038a67ab0a93a8760fa3371af39520ff0c6acf4f78b7e522760c49a9191eb7c6",
    "twentyninth 292": "499e85dc103ec43f543a8ee79bf58f7136ea0363487050fe3eb3c230232a23e4",
    "thirtieth 300": "43b0c11ece5033ad3d496e0a05ed2ea9ef8b63eac1f1f906922cf5c3f804c32a",
    "thirtieth 301": "06256ac41b29ea91b67518c4e5d39c680fcc0a8ab5ec9a7743ac9648f5ede110",
    "thirtieth 302": "5508ccf9db21ae2039bc53e533d9d2168e0bdbf358834481e9c4124752fc33d3",
    "thirtyfirst 310": "2917bcd44ba2936ece7199b3f44b99a26fec2f733ed2752084ef96e1b80bc095",
    "thirtyfirst 311": "a935f78f19defba5b14ca76ef351610b8c4a69bcf3b2ecab001bbedbb2f06b5e",
    "thirtyfirst 312": "5af56ad3fbec019845bc862479e39e450c3bcf1bce02d64c00cb6aa56a13bfaa",
    "thirtysecond 320": "6f7b90e39175b4ca8f77f9869c1548c9de36157dbbdcd15c1aaa28c3a0f58df6",
    "thirtysecond 321": "b4f4db9ef23a9d57cb9699d002a3c78ee57790620392bc44a3a88af9fc8da3ea",
    "thirtysecond 322": "871911c0ea697e16e45881271a5a8b8896faa655d40d3977b4e107e41ade7c6b",
    "thirtythird 330": "ce94866ec6b7968db5c4cc049c869315f041cb2c24fa83998f2cbabfb3917ef4",
    "thirtythird 331": "0b5d81a7b2b36e69cec22c00fcb74e6b7d6b42cafb14c4f1b835dac12a61d57d",
    "thirtythird 332": "da90d96fe60ee718135a76179a3faadba1d26d57b1c0b3cf9350024860f8f77a",
    "thirtyfourth 340": "9dfd354766522ccd76df361ecd64bff1fc61322e2a2f883fef07b62e729a6144",
    "thirtyfourth 341": "05346f916818597612407d99068513676efbe67822f99c18bedd768e1136001c",
    "thirtyfourth 342": "c824d07ba66baedf9f737c50d8765bf8cb18272ed3ae90d02847365f121ff155",
    "thirtyfifth 350": "8517c3f4532200e4da79d89ee7c6580bf56206d6c2b924d55320431c9208055f",
    "thirtyfifth 351": "e2b2a93224d3da31ecdf04a40f15f82af7831b87aa49135aa73dcb26717dd11b",
    "thirtyfifth 352": "f7416dadb3457b0a0fa95b6ce4ac3005f132fe1c24fad03045062c413af7b216",
    "thirtysixth 360": "8f9bc5ba5bb591b8557cfc4e49465c0e1b8e226937dff3ea98ce8d02dc2517a7",
    "thirtysixth 361": "1f0dbbea470aef093c035e40f4284456c8c3f309a96dec69bc5ca56283388ad0",
    "thirtysixth 362": "02b6e3d4b3220ded18b6510fb993535a945b1357d297129d6d8b5b70e16a2497",
    "thirtyseventh 370": "331f5d5df9d37df5e0a6ff536c4bba082f295ac3b450cd811d56244f58449e48",
    "thirtyseventh 371": "d84b60c5a44e629bb5cc637eac34ac2815becd8bdce8cc1ab5a0802fe9c9b984",
    "thirtyseventh 372": "e6313fb0ea68e84617584a255f29b654f56df8ae808b26d70c479731a81b3bb5",
    "thirtyeighth 380": "6dcdc669ba4990800483c6ee4d205900cd3a21536ed7a8b0d96243064870b074",
    "thirtyeighth 381": "410ed63ba2e704620c3f73650ffd5d28f8d9015b0b5666179b82f1e45d619090",
    "thirtyeighth 382": "2592ca3222d7a70d6de1ba213e0c8ca68849eab6f7bc20a69504f1e4d03a90ca",
    "thirtyninth 390": "c9f0cf1f1288ce9faa6fe34b449f166d4bb225bbcc00b01ac3175315839c391a",
    "thirtyninth 391": "9bbbf98e920428da3bab1952f9d8ed067e4860128dd02fc472014bd0e0c6eb33",
    "thirtyninth 392": "3f86c1bafb070d3022599e0a1ddc49700d20ed7fb55fd1addfe1e6dcc0465cfd",
    "fortieth 400": "0dd7d323bd1fca28590b822b5719842da07aa32f4271ee2d8071b93732ae383e",
    "fortieth 401": "a6cea542bd21eb38c3c24d997f457450ac56c6fdcb0109579409414ff129606a",
    "fortieth 402": "dbb8c1735b86c5da9e6eca67ed5e2346b9cf7447d81abec673e9a77affc4f443",
    "fortyfirst 410": "3ac403016fce0672ffb28dd4d4025de5c2246023d085a20d54b9948623458781",
    "fortyfirst 411": "f6b9df5c4de7c618de88fb0a63c75b05656a7e626949c84d73daef7691a63b45",
    "fortyfirst 412": "7378bd112754567eac851cb03a20180883c1b31052ff3bab1a21f3429883653c",
    "fortysecond 420": "764ed544459bc298a05312bbf98c8bba32534590d8d8792f53775fff223031b3",
    "fortysecond 421": "b0035defffdaaa1f2475450609ec7eae85505d4633fe472e4a7ccd7107be8b48",
    "fortysecond 422": "9c122c005ca5c930f7893ceacbe86d878911e6695d0d41fbfe4144f805d1661f",
    "fortythird 430": "49ae65929e0528b927c9781ae016650820424dc413ec4953e27918fbcefa16b3",
    "fortythird 431": "adf6385f0b0461599e51785408a81212eded4dae24e80c02b1aa8932923b19a5",
    "fortythird 432": "8ea78a88e9ae37aac8af72213bfc38ee3b5dbb0d9a4139eeeee2982c344b4a2f",
    "fortyfourth 440": "1a9d2f6a44b0b2684f7b278885ca87ed2e6c7b27869dabdd2059c8ee36756b9e",
    "fortyfourth 441": "afea162ceb6010273eb08eb24c90ad20c85b430ff3ed3ce2932cb94b4b45ae50",
    "fortyfourth 442": "48df00f18f75fd14995434927baaa2d37c8bf4cc29417e3c3d27685fc1c3a7b5",
    "fortyfifth 450": "c710511e8813de4c69c72583970a4a1a9c316c16aa0c6741cdfb5773a968d468",
    "fortyfifth 451": "443f1fee71c290567cabc12059e3ce2bdedaa5f92ed37a5f085b05b1f477262e",
    "fortyfifth 452": "c30d4dc3830c64016e87a6b689397be0a0c8aa372f90ef4b0c77bedccaf759a5",
    "fortysixth 460": "6756ffc35de3f02599a505f11c0ce4512a1c0d11b30d957d7cad49aca586726a",
    "fortysixth 461": "e666ea26fe1e10dff94d644dbf8a9fb14f1c3c93a687d19920978eef8425823d",
    "fortysixth 462": "a0298f9ec17c9cb8a939b8058d29b8750ce38451c70c8b4de26edbd7418ad4e8",
    "fortyseventh 470": "06b4f6fdac7e573c2d4c3ff7c3a9b4ea6a19e94ad1ff91555e95d60193b0b625",
    "fortyseventh 471": "b4bbc88d285f04e3c6be610b21c6a3eacbac97b1268aa44a98678c7b6cf75f9f",
    "fortyseventh 472": "d22dcea05473497898efc5ec91e44d2257e508ccbc78ce7a33b3b5c898232b93",
    "fortyeighth 480": "f5c62295cc8b6bd9bc16068ba2d7a97e5ee8e148227da825c30b01e50c908fe2",
    "fortyeighth 481": "e5adf97279bd0b3c977f0aaad142defcb3603cefe4e5d1f5ced409c72367b36f",
    "fortyeighth 482": "25e6d0aed4be4c429f93caeb0264aa681329cd187a8ca533198dda0ada1c8872",
    "fortyninth 490": "cfe8fb6c1113a5c22505b3e258d885eefd9eac7dababe15f8e0cc199c2422f4b",
    "fortyninth 491": "6ba47344b0d650e99c279f399991ef05d05c48b526cd4889e53160b7a6bab6d5",
    "fortyninth 492": "d0c3db58e301be8da84ae20f0ee14526e3e39b089c7c88d805391a8c4d558d83",
    "fiftieth 500": "af7b58a33c4a3540b8153f15d2ab99d6c21cce88b8959116fb1d4013ace7de91",
    "fiftieth 501": "ab6cf8218d20f56ce1f4f1449258f370fe0a1dccc55acb0e908c98ac978830dc",
    "fiftieth 502": "bf8bf0f8384bd3dc8bf5e278247558dade4c3ab4c6e4cd3f0fa20aed4da23fda",
    "fiftyfirst 510": "d37592b8dc3eebcf03f9e08e595025971bc652897646931b61d2ce24bd353e71",
    "fiftyfirst 511": "307962ec2ddf6ed72129b4ed18aa6f52d0d515a81328f3f9087c8782a04783f0",
    "fiftyfirst 512": "bdf0708449f7452191dd1f3fd22c6e9024b0bde59d5988270d21615d745b1643",
    "fiftysecond 520": "2bdda178691c6d22f2a2edd65794bb7849e0516adf03b250b355deb26a39724b",
    "fiftysecond 521": "15f262f8a18af3a190a12dde601d6385016bc469f13ac995be6df938be4423e9",
    "fiftysecond 522": "8d7044d2d8d2a57929f7cae90d29c7d3311841dc8f4d5efa72e9b9dbc2706adf",
    "fiftythird 530": "03d8e063b5e62c00cdd518bb60e47b1c75f229bdd94dd6e2e80debdbc3a014cb",
    "fiftythird 531": "0df60e9824f4ac5a492263c6b761e003e5c23d74aaf5faaf8092a660a4595683",
    "fiftythird 532": "98b3a60201ab6d00dc50ef34019cd5ae052f0ad1021263dba1cc0a3524eefd0c",
    "fiftyfourth 540": "16ab3a053970107a345746cc17168329f48c612fba3d21b3a419d285eef8a0cf",
    "fiftyfourth 541": "94d6876467b622e9ca06e80b2e67c4ab232374608b4cc7773bb957716a98dfea",
    "fiftyfourth 542": "eb5e5797ae0a353072ec2f9317569ed1934d31cc1365e3ac99a43dcb35d738d4",
    "fiftyfifth 550": "7cc397dd54484bdb16ada7ceb404a57f50c6140c4e732e9259eed77460145f0e",
    "fiftyfifth 551": "8ffe1db09537a3cf201841748229697f91a1e8e8ab7f5258630ca3ea3c5053fb",
    "fiftyfifth 552": "1e724984af6b8dbdca69aed3434b8b187b6ae6cdf8d270ec052e32bf8a2a1d6b",
    "fiftysixth 560": "f3d74a2e89e9f0cda2a586ffaf48de7968db4c27ee73b2ca337cfc513113367f",
    "fiftysixth 561": "28b3d9c2b669d8e7b7cbd5c50300377f817c85b2ffad09a9560539881943c955",
    "fiftysixth 562": "8a5117948b364ebf60e0a61e24b1ac285df113125084034670451117e635e4e1",
    "fiftyseventh 570": "7459a83ffcb6cf5bee7d8895107c9a8fa9fd6a7dd9a9fad2b2bdb60b9013c934",
    "fiftyseventh 571": "bb7cf0206018f2209e849a9a5a7415aa2fd7ff822e2cd5bd58edd4a2dd327fc3",
    "fiftyseventh 572": "3b2c4726f124df98bea591fb80c691b4fe5ab98272f221d6627bfac95357dfb3",
    "fiftyeighth 580": "a0db6c12dc1598fc28ae4f692db569ba93ade811ae5396896a670e842e4c538d",
    "fiftyeighth 581": "b059dc1cf82c4337009535986d0c4ee80a1127636e6b61533958246b6a0196e6",
    "fiftyeighth 582": "574f88b718cd078a113ee5c427c1e455464b688f05fe8230c08f90d8152d652c",
    "fiftyninth 590": "78431e773861f2970b81fab78d472dc960b30c0d6eb591be27bf17d1b60ca95c",
    "fiftyninth 591": "7f8876354faa1d9f27aacbd0b06b9acce530425900db4a2e9a0364cb32280e31",
    "fiftyninth 592": "f337c33d6b34d735fda73ecd61b11135ad8d70892fa30c2ebcb1d29a608cd94b",
    "sixtieth 600": "a11aaadfb466499d104a2210a863aa178c0562b663fab51191c60173813d07bc",
    "sixtieth 601": "414701e5dd656d06f6b493d5ee877d85016a915f915905505217c046d4a0aaef",
    "sixtieth 602": "325fc57960efed47c37178aebbe7884f6468fd98e604d32e309163b80530ca14",
    "sixtyfirst 610": "579e1706f72ce559813529b3d631baca447ef0ff7d33d00f04cdf545698cb639",
    "sixtyfirst 611": "302915da27370259cbc1e389f7854916ec7cd48b965511e9e1fd483f64ed2a26",
    "sixtyfirst 612": "1618eb4b922d8717a2396d80e84c9a926a03aaa561cd2562c567f09287c25ddb",
    "sixtysecond 620": "3e7c0e9a3e6e75ba649ad9b1e8343aeb16d28412a6fa37fbb0227c7fd3fa7ff0",
    "sixtysecond 621": "3bc624abd18b8e311ea53882e4209bb23d9a59b0bcfe2d20fc205a42a35df12c",
    "sixtysecond 622": "cc0c609a81866f4a0d5b8122f3413d40c861f8f1a49adc534dee22e11cd52103",
}
"""split and seed -> the hash of ``build_home(seed, split=split)``, recorded on main at
86c626d (the eighth set merged), before the ninth set was written; the ninth's on main
at c601b3b (the ninth set merged), before the tenth set was written; the tenth's on main
at 3f8a0e6 (the tenth set merged), before the eleventh set was written, which shares none
of its files but reads its cases (the sentences it must not reuse); the eleventh's when it
was written (its heard transcripts included), before it was first run; the twelfth's in
the same way (it reads the eleventh's cases, as the eleventh reads the tenth's), the
thirteenth's in the same way (it reads the twelfth's), the fourteenth's in the same way
(it reads the thirteenth's), the fifteenth's in the same way (it reads the
fourteenth's), the sixteenth's in the same way (it reads the fourteenth's), and the
seventeenth's in the same way (it reads the fifteenth's; its heard transcripts
included), the eighteenth's in the same way (it reads the sixteenth's and
seventeenth's; it has no heard transcripts), and the nineteenth's in the same way (it
reads the eighteenth's, and through it the seventeenth's; no heard transcripts either),
and the twentieth's in the same way (it reads the eighteenth's; no heard transcripts),
and the twenty-first's in the same way (it reads the nineteenth's and twentieth's, and
through them the eighteenth's; no heard transcripts), and the twenty-second's in the same
way (it reads the twenty-first's, through its snapshot
benchmarks/data/twentysecond_used.txt.gz; no heard transcripts), and the twenty-third's
in the same way (it reads the twenty-first's and twenty-second's, through its snapshot
benchmarks/data/twentythird_used.txt.gz; no heard transcripts), and the twenty-fourth's in
the same way (it reads the twenty-first's, twenty-second's and twenty-third's, through its
snapshot benchmarks/data/twentyfourth_used.txt.gz; no heard transcripts), and the
twenty-fifth's in the same way (it reads the twenty-first's to twenty-fourth's, through
its snapshot benchmarks/data/twentyfifth_used.txt.gz; no heard transcripts), and the
twenty-sixth's in the same way (it reads the twenty-first's to twenty-fifth's, through
its snapshot benchmarks/data/twentysixth_used.txt.gz; no heard transcripts), and the
twenty-seventh's in the same way (it reads the twenty-first's to twenty-sixth's, through
its snapshot benchmarks/data/twentyseventh_used.txt.gz; no heard transcripts), and the
twenty-eighth's in the same way (it reads the twenty-first's to twenty-seventh's, through
its snapshot benchmarks/data/twentyeighth_used.txt.gz; no heard transcripts), and the
twenty-ninth's in the same way (it reads the twenty-first's to twenty-eighth's, through
its snapshot benchmarks/data/twentyninth_used.txt.gz; no heard transcripts), and the
thirtieth's in the same way (it reads the twenty-first's to twenty-ninth's, through its
snapshot benchmarks/data/thirtieth_used.txt.gz; no heard transcripts), and the
thirty-first's in the same way (it reads the twenty-first's to thirtieth's, through its
snapshot benchmarks/data/thirtyfirst_used.txt.gz; no heard transcripts), and the
thirty-second's in the same way (it reads the twenty-first's to thirty-first's, through
its snapshot benchmarks/data/thirtysecond_used.txt.gz; no heard transcripts), and the
thirty-third's in the same way (it reads the twenty-first's to thirty-second's, through
its snapshot benchmarks/data/thirtythird_used.txt.gz; no heard transcripts), and the
thirty-fourth's in the same way (it reads the twenty-first's to thirty-third's, through
its snapshot benchmarks/data/thirtyfourth_used.txt.gz; no heard transcripts), and the
thirty-fifth's in the same way (it reads the twenty-first's to thirty-fourth's, through
its snapshot benchmarks/data/thirtyfifth_used.txt.gz; no heard transcripts), and the
thirty-sixth's in the same way (it reads the twenty-first's to thirty-fifth's, through
its snapshot benchmarks/data/thirtysixth_used.txt.gz; no heard transcripts), and the
thirty-seventh's in the same way (it reads the twenty-first's to thirty-sixth's, through
its snapshot benchmarks/data/thirtyseventh_used.txt.gz; no heard transcripts), and the
thirty-eighth's in the same way (it reads the twenty-first's to thirty-seventh's, through
its snapshot benchmarks/data/thirtyeighth_used.txt.gz; no heard transcripts), and the
thirty-ninth's in the same way (it reads the twenty-first's to thirty-eighth's, through
its snapshot benchmarks/data/thirtyninth_used.txt.gz; no heard transcripts), and the
fortieth's in the same way (it reads the twenty-first's to thirty-ninth's, through its
snapshot benchmarks/data/fortieth_used.txt.gz; no heard transcripts), and the
forty-first's in the same way (it reads the twenty-first's to fortieth's, through its
snapshot benchmarks/data/fortyfirst_used.txt.gz; no heard transcripts), and the
forty-second's in the same way (it reads the twenty-first's to forty-first's, through its
snapshot benchmarks/data/fortysecond_used.txt.gz; no heard transcripts), and the
forty-third's in the same way (it reads the twenty-first's to forty-second's, through its
snapshot benchmarks/data/fortythird_used.txt.gz; no heard transcripts), and the
forty-fourth's in the same way (it reads the twenty-first's to forty-third's, through its
snapshot benchmarks/data/fortyfourth_used.txt.gz; no heard transcripts), and the
forty-fifth's in the same way (it reads the twenty-first's to forty-fourth's, through its
snapshot benchmarks/data/fortyfifth_used.txt.gz, which holds none; no heard
transcripts), and the forty-sixth's in the same way (it reads the twenty-first's to
forty-fifth's, through its snapshot benchmarks/data/fortysixth_used.txt.gz; no heard
transcripts), and the forty-seventh's in the same way (it reads the twenty-first's to
forty-sixth's, through its snapshot benchmarks/data/fortyseventh_used.txt.gz; no heard
transcripts), and the forty-eighth's in the same way (it reads the twenty-first's to
forty-seventh's, through its snapshot benchmarks/data/fortyeighth_used.txt.gz; no heard
transcripts), and the forty-ninth's in the same way (it reads the twenty-first's to
forty-eighth's, through its snapshot benchmarks/data/fortyninth_used.txt.gz; no heard
transcripts), and the fiftieth's in the same way (it reads the twenty-first's to
forty-ninth's, through its snapshot benchmarks/data/fiftieth_used.txt.gz; no heard
transcripts), and the fifty-first's in the same way (it reads the twenty-first's to
fiftieth's, through its snapshot benchmarks/data/fiftyfirst_used.txt.gz; no heard
transcripts), and the fifty-second's in the same way (it reads the twenty-first's to
fifty-first's, through its snapshot benchmarks/data/fiftysecond_used.txt.gz, which holds
none; no heard transcripts), and the fifty-third's in the same way (it reads the
twenty-first's to fifty-second's, through its snapshot
benchmarks/data/fiftythird_used.txt.gz, which holds none; no heard transcripts), and the
fifty-fourth's in the same way (it reads the twenty-first's to fifty-third's, through its
snapshot benchmarks/data/fiftyfourth_used.txt.gz, which holds one; no heard
transcripts), and the fifty-fifth's in the same way (it reads the twenty-first's to
fifty-fourth's, through its snapshot benchmarks/data/fiftyfifth_used.txt.gz, which holds
none; no heard transcripts), and the fifty-sixth's in the same way (it reads the
twenty-first's to fifty-fifth's, through its snapshot
benchmarks/data/fiftysixth_used.txt.gz, which holds none; no heard transcripts), and the
fifty-seventh's in the same way (it reads the twenty-first's to fifty-sixth's, through
its snapshot benchmarks/data/fiftyseventh_used.txt.gz, which holds none; no heard
transcripts), and the fifty-eighth's in the same way (it reads the twenty-first's to
fifty-seventh's, through its snapshot benchmarks/data/fiftyeighth_used.txt.gz, which
holds none; no heard transcripts), and the fifty-ninth's in the same way (it reads the
twenty-first's to fifty-eighth's, through its snapshot
benchmarks/data/fiftyninth_used.txt.gz, which holds none; no heard transcripts), and the
sixtieth's in the same way (it reads the twenty-first's to fifty-ninth's, through its
snapshot benchmarks/data/sixtieth_used.txt.gz, which holds none; no heard
transcripts), and the sixty-first's in the same way (it reads the twenty-first's to
sixtieth's, through its snapshot benchmarks/data/sixtyfirst_used.txt.gz, which holds
none; no heard transcripts), and the sixty-second's in the same way (it reads the
twenty-first's to sixty-first's, through its snapshot
benchmarks/data/sixtysecond_used.txt.gz, which holds none; no heard transcripts)."""


def home_hash(home) -> str:
    """The hash of a home: its taught phrases and every case, in order."""
    data = [home.phrases, [[c.utterance, c.routine, c.kind] for c in home.cases]]
    return hashlib.sha256(json.dumps(data).encode()).hexdigest()


def case_hash(split: str, seed: int) -> str:
    """The hash of ``build_home(seed, split=split)``, built once per test run (the sets'
    own data tests read the same homes: ``_blind_set_checks.built_home``). A recorded
    hash matched in a fresh process also shows the home is the same on every build."""
    return home_hash(built_home(seed, split))


@pytest.mark.skipif(not DATASETS.is_dir(), reason="the sets' real sentences are rows of "
                    "../shared/datasets, which this checkout does not have")
@pytest.mark.parametrize("split", sorted({k.split()[0] for k in RECORDED}))
def test_an_earlier_set_builds_the_same_cases(split):
    for key, recorded in RECORDED.items():
        name, seed = key.split()
        if name == split:
            assert case_hash(name, int(seed)) == recorded, key


def test_the_hash_sees_a_changed_case():
    import copy

    home = copy.deepcopy(built_home(0, "dev"))
    before = home_hash(home)
    home.cases[0] = type(home.cases[0])(home.cases[0].utterance + " x",
                                        home.cases[0].routine, home.cases[0].kind)
    assert home_hash(home) != before

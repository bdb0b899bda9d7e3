import { createRequire as __lavaCreateRequire } from 'node:module';

const require = __lavaCreateRequire(import.meta.url);
var x1 = Object.create;
var Ac = Object.defineProperty;
var _1 = Object.getOwnPropertyDescriptor;
var A1 = Object.getOwnPropertyNames;
var T1 = Object.getPrototypeOf,
  R1 = Object.prototype.hasOwnProperty;
var pt = ((t) =>
  typeof require < 'u'
    ? require
    : typeof Proxy < 'u'
      ? new Proxy(t, { get: (e, r) => (typeof require < 'u' ? require : e)[r] })
      : t)(function (t) {
  if (typeof require < 'u') return require.apply(this, arguments);
  throw Error('Dynamic require of "' + t + '" is not supported');
});
var d = (t, e, r) => () => {
  if (r) throw r[0];
  try {
    return (t && (e = t((t = 0))), e);
  } catch (s) {
    throw ((r = [s]), s);
  }
};
var $e = (t, e) => () => {
    try {
      return (e || t((e = { exports: {} }).exports, e), e.exports);
    } catch (r) {
      throw ((e = 0), r);
    }
  },
  Le = (t, e) => {
    for (var r in e) Ac(t, r, { get: e[r], enumerable: !0 });
  },
  QE = (t, e, r, s) => {
    if ((e && typeof e == 'object') || typeof e == 'function')
      for (const o of A1(e))
        !R1.call(t, o) &&
          o !== r &&
          Ac(t, o, { get: () => e[o], enumerable: !(s = _1(e, o)) || s.enumerable });
    return t;
  };
var we = (t, e, r) => (
    (r = t != null ? x1(T1(t)) : {}),
    QE(e || !t || !t.__esModule ? Ac(r, 'default', { value: t, enumerable: !0 }) : r, t)
  ),
  O = (t) => QE(Ac({}, '__esModule', { value: !0 }), t);
var Ei,
  wr,
  JE = d(() => {
    (Ei = { warningEmitted: !1 }),
      (wr = (t) => {
        if (t && !Ei.warningEmitted) {
          if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === 'true') {
            Ei.warningEmitted = !0;
            return;
          }
          const e = parseInt(t.substring(1, t.indexOf('.'))),
            r = 22;
          e < r &&
            ((Ei.warningEmitted = !0),
            process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`));
        }
      });
  });
var v1,
  C1,
  XE,
  YE = d(() => {
    (v1 = () => (t, e) => async (r) => ((e.__retryLongPoll = !0), t(r))),
      (C1 = { name: 'longPollMiddleware', tags: ['RETRY'], step: 'initialize', override: !0 }),
      (XE = (t) => ({
        applyToStack: (e) => {
          e.add(v1(), C1);
        },
      }));
  });
function xs(t, e, r) {
  return (t.$source || (t.$source = {}), (t.$source[e] = r), t);
}
var ZE = d(() => {});
function $t(t, e, r) {
  t.__aws_sdk_context
    ? t.__aws_sdk_context.features || (t.__aws_sdk_context.features = {})
    : (t.__aws_sdk_context = { features: {} }),
    (t.__aws_sdk_context.features[e] = r);
}
var Em = d(() => {});
function ew(t, e, r) {
  return (t.$source || (t.$source = {}), (t.$source[e] = r), t);
}
var tw = d(() => {});
var I1,
  br,
  rw = d(() => {
    (I1 = () =>
      typeof process == 'object' && process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === 'true'),
      (br = (t, e) => {
        if (I1() && typeof t?.handle != 'function') return e;
      });
  });
var Tc,
  wm = d(() => {
    Tc = (t) =>
      (typeof ArrayBuffer == 'function' && t instanceof ArrayBuffer) ||
      Object.prototype.toString.call(t) === '[object ArrayBuffer]';
  });
var Jt,
  _s,
  As = d(() => {
    wm();
    (Jt = (t, e = 0, r = t.byteLength - e) => {
      if (!Tc(t))
        throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
      return Buffer.from(t, e, r);
    }),
      (_s = (t, e) => {
        if (typeof t != 'string')
          throw new TypeError(
            `The "input" argument must be of type string. Received type ${typeof t} (${t})`,
          );
        return e ? Buffer.from(t, e) : Buffer.from(t);
      });
  });
var N1,
  be,
  sw = d(() => {
    As();
    (N1 = /^[A-Za-z0-9+/]*={0,2}$/),
      (be = (t) => {
        if ((t.length * 3) % 4 !== 0) throw new TypeError('Incorrect padding on base64 string.');
        if (!N1.exec(t)) throw new TypeError('Invalid base64 string.');
        const e = _s(t, 'base64');
        return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
      });
  });
var Me,
  Rc = d(() => {
    As();
    Me = (t) => {
      const e = _s(t, 'utf8');
      return new Uint8Array(e.buffer, e.byteOffset, e.byteLength / Uint8Array.BYTES_PER_ELEMENT);
    };
  });
var ue,
  bm = d(() => {
    As();
    Rc();
    ue = (t) => {
      let e;
      if (
        (typeof t == 'string' ? (e = Me(t)) : (e = t),
        typeof e != 'object' || typeof e.byteOffset != 'number' || typeof e.byteLength != 'number')
      )
        throw new Error('@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.');
      return Jt(e.buffer, e.byteOffset, e.byteLength).toString('base64');
    };
  });
function ow(t, e, r, s) {
  return class vc extends Uint8Array {
    static fromString(n, i = 'utf-8') {
      if (typeof n == 'string') return i === 'base64' ? vc.mutate(s(n)) : vc.mutate(e(n));
      throw new Error(`Unsupported conversion from ${typeof n} to Uint8ArrayBlobAdapter.`);
    }
    static mutate(n) {
      return (Object.setPrototypeOf(n, vc.prototype), n);
    }
    transformToString(n = 'utf-8') {
      return n === 'base64' ? r(this) : t(this);
    }
  };
}
var nw = d(() => {});
var de,
  iw = d(() => {
    As();
    de = (t) => {
      if (typeof t == 'string') return t;
      if (typeof t != 'object' || typeof t.byteOffset != 'number' || typeof t.byteLength != 'number')
        throw new Error('@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.');
      return Jt(t.buffer, t.byteOffset, t.byteLength).toString('utf8');
    };
  });
function aw(t) {
  return typeof crypto < 'u' && typeof crypto.randomUUID == 'function'
    ? () => crypto.randomUUID()
    : () => {
        const e = new Uint8Array(16);
        return (
          t(e),
          (e[6] = (e[6] & 15) | 64),
          (e[8] = (e[8] & 63) | 128),
          rt[e[0]] +
            rt[e[1]] +
            rt[e[2]] +
            rt[e[3]] +
            '-' +
            rt[e[4]] +
            rt[e[5]] +
            '-' +
            rt[e[6]] +
            rt[e[7]] +
            '-' +
            rt[e[8]] +
            rt[e[9]] +
            '-' +
            rt[e[10]] +
            rt[e[11]] +
            rt[e[12]] +
            rt[e[13]] +
            rt[e[14]] +
            rt[e[15]]
        );
      };
}
var rt,
  cw = d(() => {
    rt = Array.from({ length: 256 }, (t, e) => e.toString(16).padStart(2, '0'));
  });
var uw,
  dw = d(() => {
    uw = (t, e, r = (s) => s) => t;
  });
var Lt = $e((Xt) => {
  var xm;
  ((t) => {
    (t.HEADER = 'header'), (t.QUERY = 'query');
  })(xm || (xm = {}));
  var _m;
  ((t) => {
    (t.HEADER = 'header'), (t.QUERY = 'query');
  })(_m || (_m = {}));
  var Am;
  ((t) => {
    (t.HTTP = 'http'), (t.HTTPS = 'https');
  })(Am || (Am = {}));
  var wi;
  ((t) => {
    (t.MD5 = 'md5'), (t.CRC32 = 'crc32'), (t.CRC32C = 'crc32c'), (t.SHA1 = 'sha1'), (t.SHA256 = 'sha256');
  })(wi || (wi = {}));
  var O1 = (t) => {
      const e = [];
      return (
        t.sha256 !== void 0 && e.push({ algorithmId: () => wi.SHA256, checksumConstructor: () => t.sha256 }),
        t.md5 != null && e.push({ algorithmId: () => wi.MD5, checksumConstructor: () => t.md5 }),
        {
          addChecksumAlgorithm(r) {
            e.push(r);
          },
          checksumAlgorithms() {
            return e;
          },
        }
      );
    },
    M1 = (t) => {
      const e = {};
      return (
        t.checksumAlgorithms().forEach((r) => {
          e[r.algorithmId()] = r.checksumConstructor();
        }),
        e
      );
    },
    P1 = (t) => O1(t),
    k1 = (t) => M1(t),
    Tm;
  ((t) => {
    (t[(t.HEADER = 0)] = 'HEADER'), (t[(t.TRAILER = 1)] = 'TRAILER');
  })(Tm || (Tm = {}));
  var D1 = '__smithy_context',
    Rm;
  ((t) => {
    (t.PROFILE = 'profile'), (t.SSO_SESSION = 'sso-session'), (t.SERVICES = 'services');
  })(Rm || (Rm = {}));
  var vm;
  ((t) => {
    (t.HTTP_0_9 = 'http/0.9'), (t.HTTP_1_0 = 'http/1.0'), (t.TDS_8_0 = 'tds/8.0');
  })(vm || (vm = {}));
  Xt.AlgorithmId = wi;
  Xt.EndpointURLScheme = Am;
  Xt.FieldPosition = Tm;
  Xt.HttpApiKeyAuthLocation = _m;
  Xt.HttpAuthLocation = xm;
  Xt.IniSectionType = Rm;
  Xt.RequestHandlerProtocol = vm;
  Xt.SMITHY_CONTEXT_KEY = D1;
  Xt.getDefaultClientConfiguration = P1;
  Xt.resolveDefaultRuntimeConfig = k1;
});
var Cm,
  le,
  lw = d(() => {
    (Cm = we(Lt())), (le = (t) => t[Cm.SMITHY_CONTEXT_KEY] || (t[Cm.SMITHY_CONTEXT_KEY] = {}));
  });
function R(t, e) {
  return Object.hasOwn(t, e);
}
var Im = d(() => {});
function $1(t) {
  return Object.keys(t).reduce((e, r) => {
    const s = t[r];
    return { ...e, [r]: Array.isArray(s) ? [...s] : s };
  }, {});
}
var H,
  fw = d(() => {
    H = class t {
      method;
      protocol;
      hostname;
      port;
      path;
      query;
      headers;
      username;
      password;
      fragment;
      body;
      constructor(e) {
        (this.method = e.method || 'GET'),
          (this.hostname = e.hostname || 'localhost'),
          (this.port = e.port),
          (this.query = e.query || {}),
          (this.headers = e.headers || {}),
          (this.body = e.body),
          (this.protocol = e.protocol
            ? e.protocol.slice(-1) !== ':'
              ? `${e.protocol}:`
              : e.protocol
            : 'https:'),
          (this.path = e.path ? (e.path.charAt(0) !== '/' ? `/${e.path}` : e.path) : '/'),
          (this.username = e.username),
          (this.password = e.password),
          (this.fragment = e.fragment);
      }
      static clone(e) {
        const r = new t({ ...e, headers: { ...e.headers } });
        return (r.query && (r.query = $1(r.query)), r);
      }
      static isInstance(e) {
        if (!e) return !1;
        const r = e;
        return (
          'method' in r &&
          'protocol' in r &&
          'hostname' in r &&
          'path' in r &&
          typeof r.query == 'object' &&
          typeof r.headers == 'object'
        );
      }
      clone() {
        return t.clone(this);
      }
    };
  });
var Be,
  mw = d(() => {
    Be = class {
      statusCode;
      reason;
      headers;
      body;
      constructor(e) {
        (this.statusCode = e.statusCode),
          (this.reason = e.reason),
          (this.headers = e.headers || {}),
          (this.body = e.body);
      }
      static isInstance(e) {
        if (!e) return !1;
        const r = e;
        return typeof r.statusCode == 'number' && typeof r.headers == 'object';
      }
    };
  });
var L1,
  Yt,
  pw = d(() => {
    (L1 = /^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$/),
      (Yt = (t, e = !1) => {
        if (!e) return L1.test(t);
        const r = t.split('.');
        for (const s of r) if (!Yt(s)) return !1;
        return !0;
      });
  });
function bi(t) {
  return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t);
}
var hw = d(() => {});
var oe,
  gw = d(() => {
    oe = (t) => {
      if (typeof t == 'function') return t;
      const e = Promise.resolve(t);
      return () => e;
    };
  });
function xi(t) {
  const e = {};
  if (((t = t.replace(/^\?/, '')), t))
    for (const r of t.split('&')) {
      let [s, o = null] = r.split('=');
      (s = decodeURIComponent(s)),
        o && (o = decodeURIComponent(o)),
        s in e ? (Array.isArray(e[s]) ? e[s].push(o) : (e[s] = [e[s], o])) : (e[s] = o);
    }
  return e;
}
var Nm = d(() => {});
var We,
  Om = d(() => {
    Nm();
    We = (t) => {
      if (typeof t == 'string') return We(new URL(t));
      let { hostname: e, pathname: r, port: s, protocol: o, search: n } = t,
        i;
      return (
        n && (i = xi(n)), { hostname: e, port: s ? parseInt(s) : void 0, protocol: o, path: r, query: i }
      );
    };
  });
var Rt,
  yw = d(() => {
    Im();
    Om();
    Rt = (t) => {
      if (typeof t == 'object') {
        if ('url' in t) {
          const e = We(t.url);
          if (t.headers) {
            e.headers = {};
            for (const r in t.headers)
              R(t.headers, r) && (e.headers[r.toLowerCase()] = t.headers[r].join(', '));
          }
          return e;
        }
        return t;
      }
      return We(t);
    };
  });
var L = d(() => {
  lw();
  Im();
  fw();
  mw();
  pw();
  hw();
  gw();
  Nm();
  Om();
  yw();
});
var Sw,
  Ew,
  en,
  B1,
  _i,
  tn,
  ww,
  Cc,
  Ic,
  Nc,
  Mm,
  F1,
  bw,
  Pm,
  xw,
  Mc,
  Ai,
  _w,
  Pc,
  U1,
  sn,
  kc,
  Aw,
  Tw,
  Rw,
  vw,
  km,
  Cw,
  Iw,
  Ts,
  Dc,
  Oc,
  rn,
  Dm = d(() => {
    L();
    (Sw = (t) => {
      switch (t) {
        case 'true':
          return !0;
        case 'false':
          return !1;
        default:
          throw new Error(`Unable to parse boolean value "${t}"`);
      }
    }),
      (Ew = (t) => {
        if (t != null) {
          if (typeof t == 'number') {
            if (((t === 0 || t === 1) && rn.warn(Oc(`Expected boolean, got ${typeof t}: ${t}`)), t === 0))
              return !1;
            if (t === 1) return !0;
          }
          if (typeof t == 'string') {
            const e = t.toLowerCase();
            if (
              ((e === 'false' || e === 'true') && rn.warn(Oc(`Expected boolean, got ${typeof t}: ${t}`)),
              e === 'false')
            )
              return !1;
            if (e === 'true') return !0;
          }
          if (typeof t == 'boolean') return t;
          throw new TypeError(`Expected boolean, got ${typeof t}: ${t}`);
        }
      }),
      (en = (t) => {
        if (t != null) {
          if (typeof t == 'string') {
            const e = parseFloat(t);
            if (!Number.isNaN(e))
              return (String(e) !== String(t) && rn.warn(Oc(`Expected number but observed string: ${t}`)), e);
          }
          if (typeof t == 'number') return t;
          throw new TypeError(`Expected number, got ${typeof t}: ${t}`);
        }
      }),
      (B1 = Math.ceil(2 ** 127 * (2 - 2 ** -23))),
      (_i = (t) => {
        const e = en(t);
        if (e !== void 0 && !Number.isNaN(e) && e !== 1 / 0 && e !== -1 / 0 && Math.abs(e) > B1)
          throw new TypeError(`Expected 32-bit float, got ${t}`);
        return e;
      }),
      (tn = (t) => {
        if (t != null) {
          if (Number.isInteger(t) && !Number.isNaN(t)) return t;
          throw new TypeError(`Expected integer, got ${typeof t}: ${t}`);
        }
      }),
      (ww = tn),
      (Cc = (t) => Mm(t, 32)),
      (Ic = (t) => Mm(t, 16)),
      (Nc = (t) => Mm(t, 8)),
      (Mm = (t, e) => {
        const r = tn(t);
        if (r !== void 0 && F1(r, e) !== r) throw new TypeError(`Expected ${e}-bit integer, got ${t}`);
        return r;
      }),
      (F1 = (t, e) => {
        switch (e) {
          case 32:
            return Int32Array.of(t)[0];
          case 16:
            return Int16Array.of(t)[0];
          case 8:
            return Int8Array.of(t)[0];
        }
      }),
      (bw = (t, e) => {
        if (t == null)
          throw e
            ? new TypeError(`Expected a non-null value for ${e}`)
            : new TypeError('Expected a non-null value');
        return t;
      }),
      (Pm = (t) => {
        if (t == null) return;
        if (typeof t == 'object' && !Array.isArray(t)) return t;
        const e = Array.isArray(t) ? 'array' : typeof t;
        throw new TypeError(`Expected object, got ${e}: ${t}`);
      }),
      (xw = (t) => {
        if (t != null) {
          if (typeof t == 'string') return t;
          if (['boolean', 'number', 'bigint'].includes(typeof t))
            return (rn.warn(Oc(`Expected string, got ${typeof t}: ${t}`)), String(t));
          throw new TypeError(`Expected string, got ${typeof t}: ${t}`);
        }
      }),
      (Mc = (t) => {
        if (t == null) return;
        const e = Pm(t),
          r = [];
        for (const s in e) R(e, s) && e[s] != null && r.push(s);
        if (r.length === 0)
          throw new TypeError('Unions must have exactly one non-null member. None were found.');
        if (r.length > 1)
          throw new TypeError(`Unions must have exactly one non-null member. Keys ${r} were not null.`);
        return e;
      }),
      (Ai = (t) => en(typeof t == 'string' ? sn(t) : t)),
      (_w = Ai),
      (Pc = (t) => _i(typeof t == 'string' ? sn(t) : t)),
      (U1 = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g),
      (sn = (t) => {
        const e = t.match(U1);
        if (e === null || e[0].length !== t.length)
          throw new TypeError('Expected real number, got implicit NaN');
        return parseFloat(t);
      }),
      (kc = (t) => (typeof t == 'string' ? vw(t) : en(t))),
      (Aw = kc),
      (Tw = kc),
      (Rw = (t) => (typeof t == 'string' ? vw(t) : _i(t))),
      (vw = (t) => {
        switch (t) {
          case 'NaN':
            return NaN;
          case 'Infinity':
            return 1 / 0;
          case '-Infinity':
            return -1 / 0;
          default:
            throw new Error(`Unable to parse float value: ${t}`);
        }
      }),
      (km = (t) => tn(typeof t == 'string' ? sn(t) : t)),
      (Cw = km),
      (Iw = (t) => Cc(typeof t == 'string' ? sn(t) : t)),
      (Ts = (t) => Ic(typeof t == 'string' ? sn(t) : t)),
      (Dc = (t) => Nc(typeof t == 'string' ? sn(t) : t)),
      (Oc = (t) =>
        String(new TypeError(t).stack || t)
          .split(`
`)
          .slice(0, 5)
          .filter((e) => !e.includes('stackTraceWarning'))
          .join(`
`)),
      (rn = { warn: console.warn });
  });
function vt(t) {
  const e = t.getUTCFullYear(),
    r = t.getUTCMonth(),
    s = t.getUTCDay(),
    o = t.getUTCDate(),
    n = t.getUTCHours(),
    i = t.getUTCMinutes(),
    a = t.getUTCSeconds(),
    c = o < 10 ? `0${o}` : `${o}`,
    u = n < 10 ? `0${n}` : `${n}`,
    l = i < 10 ? `0${i}` : `${i}`,
    f = a < 10 ? `0${a}` : `${a}`;
  return `${H1[s]}, ${c} ${Lm[r]} ${e} ${u}:${l}:${f} GMT`;
}
var H1,
  Lm,
  z1,
  Nw,
  V1,
  nn,
  q1,
  j1,
  W1,
  Rs,
  an,
  Ti,
  G1,
  K1,
  Q1,
  $m,
  J1,
  X1,
  Y1,
  xr,
  Z1,
  e$,
  on,
  Ow = d(() => {
    Dm();
    (H1 = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']),
      (Lm = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    (z1 = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/)),
      (Nw = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC-3339 date-times must be expressed as strings');
        const e = z1.exec(t);
        if (!e) throw new TypeError('Invalid RFC-3339 date-time value');
        const [r, s, o, n, i, a, c, u] = e,
          l = Ts(on(s)),
          f = xr(o, 'month', 1, 12),
          m = xr(n, 'day', 1, 31);
        return Ti(l, f, m, { hours: i, minutes: a, seconds: c, fractionalMilliseconds: u });
      }),
      (V1 = new RegExp(
        /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/,
      )),
      (nn = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC-3339 date-times must be expressed as strings');
        const e = V1.exec(t);
        if (!e) throw new TypeError('Invalid RFC-3339 date-time value');
        const [r, s, o, n, i, a, c, u, l] = e,
          f = Ts(on(s)),
          m = xr(o, 'month', 1, 12),
          p = xr(n, 'day', 1, 31),
          h = Ti(f, m, p, { hours: i, minutes: a, seconds: c, fractionalMilliseconds: u });
        return (l.toUpperCase() != 'Z' && h.setTime(h.getTime() - e$(l)), h);
      }),
      (q1 = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (j1 = new RegExp(
        /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (W1 = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/,
      )),
      (Rs = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC-7231 date-times must be expressed as strings');
        let e = q1.exec(t);
        if (e) {
          const [r, s, o, n, i, a, c, u] = e;
          return Ti(Ts(on(n)), $m(o), xr(s, 'day', 1, 31), {
            hours: i,
            minutes: a,
            seconds: c,
            fractionalMilliseconds: u,
          });
        }
        if (((e = j1.exec(t)), e)) {
          const [r, s, o, n, i, a, c, u] = e;
          return Q1(
            Ti(G1(n), $m(o), xr(s, 'day', 1, 31), {
              hours: i,
              minutes: a,
              seconds: c,
              fractionalMilliseconds: u,
            }),
          );
        }
        if (((e = W1.exec(t)), e)) {
          const [r, s, o, n, i, a, c, u] = e;
          return Ti(Ts(on(u)), $m(s), xr(o.trimLeft(), 'day', 1, 31), {
            hours: n,
            minutes: i,
            seconds: a,
            fractionalMilliseconds: c,
          });
        }
        throw new TypeError('Invalid RFC-7231 date-time value');
      }),
      (an = (t) => {
        if (t == null) return;
        let e;
        if (typeof t == 'number') e = t;
        else if (typeof t == 'string') e = Ai(t);
        else if (typeof t == 'object' && t.tag === 1) e = t.value;
        else
          throw new TypeError(
            'Epoch timestamps must be expressed as floating point numbers or their string representation',
          );
        if (Number.isNaN(e) || e === 1 / 0 || e === -1 / 0)
          throw new TypeError('Epoch timestamps must be valid, non-Infinite, non-NaN numerics');
        return new Date(Math.round(e * 1e3));
      }),
      (Ti = (t, e, r, s) => {
        const o = e - 1;
        return (
          X1(t, o, r),
          new Date(
            Date.UTC(
              t,
              o,
              r,
              xr(s.hours, 'hour', 0, 23),
              xr(s.minutes, 'minute', 0, 59),
              xr(s.seconds, 'seconds', 0, 60),
              Z1(s.fractionalMilliseconds),
            ),
          )
        );
      }),
      (G1 = (t) => {
        const e = new Date().getUTCFullYear(),
          r = Math.floor(e / 100) * 100 + Ts(on(t));
        return r < e ? r + 100 : r;
      }),
      (K1 = 50 * 365 * 24 * 60 * 60 * 1e3),
      (Q1 = (t) =>
        t.getTime() - new Date().getTime() > K1
          ? new Date(
              Date.UTC(
                t.getUTCFullYear() - 100,
                t.getUTCMonth(),
                t.getUTCDate(),
                t.getUTCHours(),
                t.getUTCMinutes(),
                t.getUTCSeconds(),
                t.getUTCMilliseconds(),
              ),
            )
          : t),
      ($m = (t) => {
        const e = Lm.indexOf(t);
        if (e < 0) throw new TypeError(`Invalid month: ${t}`);
        return e + 1;
      }),
      (J1 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]),
      (X1 = (t, e, r) => {
        let s = J1[e];
        if ((e === 1 && Y1(t) && (s = 29), r > s))
          throw new TypeError(`Invalid day for ${Lm[e]} in ${t}: ${r}`);
      }),
      (Y1 = (t) => t % 4 === 0 && (t % 100 !== 0 || t % 400 === 0)),
      (xr = (t, e, r, s) => {
        const o = Dc(on(t));
        if (o < r || o > s) throw new TypeError(`${e} must be between ${r} and ${s}, inclusive`);
        return o;
      }),
      (Z1 = (t) => (t == null ? 0 : Pc('0.' + t) * 1e3)),
      (e$ = (t) => {
        let e = t[0],
          r = 1;
        if (e == '+') r = 1;
        else if (e == '-') r = -1;
        else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);
        const s = Number(t.substring(1, 3)),
          o = Number(t.substring(4, 6));
        return r * (s * 60 + o) * 60 * 1e3;
      }),
      (on = (t) => {
        let e = 0;
        for (; e < t.length - 1 && t.charAt(e) === '0'; ) e++;
        return e === 0 ? t : t.slice(e);
      });
  });
var Ce,
  Mw = d(() => {
    Ce = (e) =>
      Object.assign(new String(e), {
        deserializeJSON() {
          return JSON.parse(String(e));
        },
        toString() {
          return String(e);
        },
        toJSON() {
          return String(e);
        },
      });
    Ce.from = (t) =>
      t && typeof t == 'object' && (t instanceof Ce || 'deserializeJSON' in t)
        ? t
        : typeof t == 'string' || Object.getPrototypeOf(t) === String.prototype
          ? Ce(String(t))
          : Ce(JSON.stringify(t));
    Ce.fromObject = Ce.from;
  });
function $c(t) {
  return (
    (t.includes(',') || t.includes('"')) && (t = `"${t.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`), t
  );
}
var Pw = d(() => {});
function as(t, e, r) {
  const s = Number(t);
  if (s < e || s > r) throw new Error(`Value ${s} out of range [${e}, ${r}]`);
}
var Bm,
  Fm,
  Um,
  kw,
  Dw,
  t$,
  r$,
  s$,
  o$,
  n$,
  i$,
  vs,
  Lc,
  Bc,
  $w = d(() => {
    (Bm = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?'),
      (Fm = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'),
      (Um = '(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?'),
      (kw = '(\\d?\\d)'),
      (Dw = '(\\d{4})'),
      (t$ = new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/)),
      (r$ =
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/),
      (s$ = new RegExp(`^${Bm}, ${kw} ${Fm} ${Dw} ${Um} GMT$`)),
      (o$ = new RegExp(`^${Bm}, ${kw}-${Fm}-(\\d\\d) ${Um} GMT$`)),
      (n$ = new RegExp(`^${Bm} ${Fm} ( [1-9]|\\d\\d) ${Um} ${Dw}$`)),
      (i$ = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']),
      (vs = (t) => {
        if (t == null) return;
        let e = NaN;
        if (typeof t == 'number') e = t;
        else if (typeof t == 'string') {
          if (!/^-?\d*\.?\d+$/.test(t)) throw new TypeError('parseEpochTimestamp - numeric string invalid.');
          e = Number.parseFloat(t);
        } else typeof t == 'object' && t.tag === 1 && (e = t.value);
        if (isNaN(e) || Math.abs(e) === 1 / 0)
          throw new TypeError('Epoch timestamps must be valid finite numbers.');
        return new Date(Math.round(e * 1e3));
      }),
      (Lc = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC3339 timestamps must be strings');
        const e = t$.exec(t);
        if (!e) throw new TypeError(`Invalid RFC3339 timestamp format ${t}`);
        const [, r, s, o, n, i, a, , c, u] = e;
        as(s, 1, 12), as(o, 1, 31), as(n, 0, 23), as(i, 0, 59), as(a, 0, 60);
        const l = new Date(
          Date.UTC(
            Number(r),
            Number(s) - 1,
            Number(o),
            Number(n),
            Number(i),
            Number(a),
            Number(c) ? Math.round(parseFloat(`0.${c}`) * 1e3) : 0,
          ),
        );
        if ((l.setUTCFullYear(Number(r)), u.toUpperCase() != 'Z')) {
          const [, f, m, p] = /([+-])(\d\d):(\d\d)/.exec(u) || [void 0, '+', 0, 0],
            h = f === '-' ? 1 : -1;
          l.setTime(l.getTime() + h * (Number(m) * 60 * 60 * 1e3 + Number(p) * 60 * 1e3));
        }
        return l;
      }),
      (Bc = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC7231 timestamps must be strings.');
        if (r$.test(t)) return new Date(t);
        let e, r, s, o, n, i, a, c;
        if (
          ((c = s$.exec(t))
            ? ([, e, r, s, o, n, i, a] = c)
            : (c = o$.exec(t))
              ? (([, e, r, s, o, n, i, a] = c), (s = (Number(s) + 1900).toString()))
              : (c = n$.exec(t)) && ([, r, e, o, n, i, a, s] = c),
          s && i)
        ) {
          const u = Date.UTC(
            Number(s),
            i$.indexOf(r),
            Number(e),
            Number(o),
            Number(n),
            Number(i),
            a ? Math.round(parseFloat(`0.${a}`) * 1e3) : 0,
          );
          as(e, 1, 31), as(o, 0, 23), as(n, 0, 59), as(i, 0, 60);
          const l = new Date(u);
          return (l.setUTCFullYear(Number(s)), l);
        }
        throw new TypeError(`Invalid RFC7231 date-time value ${t}.`);
      });
  });
function Fc(t, e, r) {
  if (r <= 0 || !Number.isInteger(r))
    throw new Error('Invalid number of delimiters (' + r + ') for splitEvery.');
  const s = t.split(e);
  if (r === 1) return s;
  let o = [],
    n = '';
  for (let i = 0; i < s.length; i++)
    n === '' ? (n = s[i]) : (n += e + s[i]), (i + 1) % r === 0 && (o.push(n), (n = ''));
  return (n !== '' && o.push(n), o);
}
var Lw = d(() => {});
var cn,
  Bw = d(() => {
    cn = (t) => {
      let e = t.length,
        r = [],
        s = !1,
        o = !1,
        n = 0;
      for (let i = 0; i < e; ++i) {
        const a = t[i];
        switch (a) {
          case '"':
            o || (s = !s);
            break;
          case ',':
            s || (r.push(t.slice(n, i)), (n = i + 1));
            break;
          default:
        }
        o = a === '\\' && !o;
      }
      return (
        r.push(t.slice(n)),
        r.map((i) => {
          i = i.trim();
          const a = i.length;
          return a < 2
            ? i
            : i[0] === '"' && i[a - 1] === '"'
              ? ((i = i.slice(1, a - 1)), i.replace(/\\(["\\])/g, '$1'))
              : i.replace(/\\"/g, '"');
        })
      );
    };
  });
function Uc(t) {
  return new z(String(t), 'bigDecimal');
}
var Fw,
  z,
  Uw = d(() => {
    (Fw = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/),
      (z = class t {
        string;
        type;
        constructor(e, r) {
          if (((this.string = e), (this.type = r), !Fw.test(e)))
            throw new Error(
              `@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`,
            );
        }
        toString() {
          return this.string;
        }
        static [Symbol.hasInstance](e) {
          if (!e || typeof e != 'object') return !1;
          const r = e;
          return t.prototype.isPrototypeOf(e) || (r.type === 'bigDecimal' && Fw.test(r.string));
        }
      });
  });
function Hc(t) {
  if (t.length % 2 !== 0) throw new Error('Hex encoded strings must have an even number length');
  const e = new Uint8Array(t.length / 2);
  for (let r = 0; r < t.length; r += 2) {
    const s = t.slice(r, r + 2).toLowerCase();
    if (s in Hm) e[r / 2] = Hm[s];
    else throw new Error(`Cannot decode unrecognized sequence ${s} as hexadecimal`);
  }
  return e;
}
function Bt(t) {
  let e = '';
  for (let r = 0; r < t.byteLength; r++) e += Hw[t[r]];
  return e;
}
var Hw,
  Hm,
  zm = d(() => {
    (Hw = {}), (Hm = {});
    for (let t = 0; t < 256; t++) {
      let e = t.toString(16).toLowerCase();
      e.length === 1 && (e = `0${e}`), (Hw[t] = e), (Hm[e] = t);
    }
  });

import { ReadStream as a$, fstatSync as c$, lstatSync as u$ } from 'node:fs';

var _r,
  zw = d(() => {
    _r = (t) => {
      if (!t) return 0;
      if (typeof t == 'string') return Buffer.byteLength(t);
      if (typeof t.byteLength == 'number') return t.byteLength;
      if (typeof t.size == 'number') return t.size;
      if (typeof t.start == 'number' && typeof t.end == 'number') return t.end + 1 - t.start;
      if (t instanceof a$) {
        if (t.path != null) return u$(t.path).size;
        if (typeof t.fd == 'number') return c$(t.fd).size;
      }
      throw new Error(`Body Length computation failed for ${t}`);
    };
  });
var ct,
  Vm = d(() => {
    Rc();
    ct = (t) =>
      t instanceof Uint8Array
        ? t
        : typeof t == 'string'
          ? Me(t)
          : ArrayBuffer.isView(t)
            ? new Uint8Array(t.buffer, t.byteOffset, t.byteLength / Uint8Array.BYTES_PER_ELEMENT)
            : new Uint8Array(t);
  });
function Ar(t, e) {
  if (e === void 0) {
    e = 0;
    for (const o of t) e += o.byteLength;
  }
  let r = new Uint8Array(e),
    s = 0;
  for (const o of t) r.set(o, s), (s += o.byteLength);
  return r;
}
var Ri = d(() => {});
var zc,
  qm,
  jm = d(() => {
    L();
    (zc = (t, e) => (r, s) => async (o) => {
      const { response: n } = await r(o);
      try {
        const i = await e(n, t);
        return { response: n, output: i };
      } catch (i) {
        if (
          (Object.defineProperty(i, '$response', {
            value: n,
            enumerable: !1,
            writable: !1,
            configurable: !1,
          }),
          !('$metadata' in i))
        ) {
          const a =
            'Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.';
          try {
            i.message +=
              `
  ` + a;
          } catch {
            !s.logger || s.logger?.constructor?.name === 'NoOpLogger' ? console.warn(a) : s.logger?.warn?.(a);
          }
          typeof i.$responseBodyText < 'u' && i.$response && (i.$response.body = i.$responseBodyText);
          try {
            if (Be.isInstance(n)) {
              const { headers: c = {} } = n,
                u = Object.entries(c);
              i.$metadata = {
                httpStatusCode: n.statusCode,
                requestId: qm(/^x-[\w-]+-request-?id$/, u),
                extendedRequestId: qm(/^x-[\w-]+-id-2$/, u),
                cfId: qm(/^x-[\w-]+-cf-id$/, u),
              };
            }
          } catch {}
        }
        throw i;
      }
    }),
      (qm = (t, e) => (e.find(([r]) => r.match(t)) || [void 0, void 0])[1]);
  });
var Ct,
  vi = d(() => {
    Ct = class t extends Error {
      name = 'ProviderError';
      tryNextLink;
      constructor(e, r = !0) {
        let s,
          o = !0;
        typeof r == 'boolean'
          ? ((s = void 0), (o = r))
          : r != null && typeof r == 'object' && ((s = r.logger), (o = r.tryNextLink ?? !0)),
          super(e),
          (this.tryNextLink = o),
          Object.setPrototypeOf(this, t.prototype),
          s?.debug?.(`@smithy/property-provider ${o ? '->' : '(!)'} ${e}`);
      }
      static from(e, r = !0) {
        return Object.assign(new this(e.message, r), e);
      }
    };
  });
var Cs,
  Vc = d(() => {
    vi();
    Cs = class t extends Ct {
      name = 'CredentialsProviderError';
      constructor(e, r = !0) {
        super(e, r), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var qc,
  Vw = d(() => {
    vi();
    qc = class t extends Ct {
      name = 'TokenProviderError';
      constructor(e, r = !0) {
        super(e, r), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var jc,
  Wm = d(() => {
    vi();
    jc =
      (...t) =>
      async () => {
        if (t.length === 0) throw new Ct('No providers in chain');
        let e;
        for (const r of t)
          try {
            return await r();
          } catch (s) {
            if (((e = s), s?.tryNextLink)) continue;
            throw s;
          }
        throw e;
      };
  });
var Wc,
  Gm = d(() => {
    Wc = (t) => () => Promise.resolve(t);
  });
var un,
  Gc = d(() => {
    un = (t, e, r) => {
      let s,
        o,
        n,
        i = !1,
        a = async () => {
          o || (o = t());
          try {
            (s = await o), (n = !0), (i = !1);
          } finally {
            o = void 0;
          }
          return s;
        };
      return e === void 0
        ? async (c) => ((!n || c?.forceRefresh) && (s = await a()), s)
        : async (c) => (
            (!n || c?.forceRefresh) && (s = await a()),
            i ? s : r && !r(s) ? ((i = !0), s) : (e(s) && (await a()), s)
          );
    };
  });
var Fe,
  Kc = d(() => {
    Fe = (t, e, r) => {
      if (e in t) {
        if (t[e] === 'true') return !0;
        if (t[e] === 'false') return !1;
        throw new Error(`Cannot load ${r} "${e}". Expected "true" or "false", got ${t[e]}.`);
      }
    };
  });
var qw,
  jw = d(() => {
    qw = (t, e, r) => {
      if (!(e in t)) return;
      const s = parseInt(t[e], 10);
      if (Number.isNaN(s)) throw new TypeError(`Cannot load ${r} '${e}'. Expected number, got '${t[e]}'.`);
      return s;
    };
  });
var Ie,
  Qc = d(() => {
    ((t) => {
      (t.ENV = 'env'), (t.CONFIG = 'shared config entry');
    })(Ie || (Ie = {}));
  });

import { homedir as d$ } from 'node:os';
import { sep as l$ } from 'node:path';

var Km,
  f$,
  Tr,
  dn = d(() => {
    (Km = {}),
      (f$ = () => (process && process.geteuid ? `${process.geteuid()}` : 'DEFAULT')),
      (Tr = () => {
        const { HOME: t, USERPROFILE: e, HOMEPATH: r, HOMEDRIVE: s = `C:${l$}` } = process.env;
        if (t) return t;
        if (e) return e;
        if (r) return `${s}${r}`;
        const o = f$();
        return (Km[o] || (Km[o] = d$()), Km[o]);
      });
  });
var Qm,
  Jm,
  Jc,
  Xm = d(() => {
    (Qm = 'AWS_PROFILE'), (Jm = 'default'), (Jc = (t) => t.profile || process.env[Qm] || Jm);
  });

import { createHash as m$ } from 'node:crypto';
import { join as p$ } from 'node:path';

var Xc,
  Ym = d(() => {
    dn();
    Xc = (t) => {
      const r = m$('sha1').update(t).digest('hex');
      return p$(Tr(), '.aws', 'sso', 'cache', `${r}.json`);
    };
  });

import { readFile as h$ } from 'node:fs/promises';

var Ci,
  Ww,
  Zm = d(() => {
    Ym();
    (Ci = {}),
      (Ww = async (t) => {
        if (Ci[t]) return Ci[t];
        const e = Xc(t),
          r = await h$(e, 'utf8');
        return JSON.parse(r);
      });
  });
var Rr,
  Gw = d(() => {
    Rr = '.';
  });
var ep,
  Kw,
  Qw = d(() => {
    (ep = we(Lt())),
      (Kw = (t) =>
        Object.entries(t)
          .filter(([e]) => {
            const r = e.indexOf('.');
            return r === -1 ? !1 : Object.values(ep.IniSectionType).includes(e.substring(0, r));
          })
          .reduce(
            (e, [r, s]) => {
              const o = r.indexOf('.'),
                n = r.substring(0, o) === ep.IniSectionType.PROFILE ? r.substring(o + 1) : r;
              return ((e[n] = s), e);
            },
            { ...(t.default && { default: t.default }) },
          ));
  });

import { join as g$ } from 'node:path';

var y$,
  Yc,
  tp = d(() => {
    dn();
    (y$ = 'AWS_CONFIG_FILE'), (Yc = () => process.env[y$] || g$(Tr(), '.aws', 'config'));
  });

import { join as S$ } from 'node:path';

var E$,
  Jw,
  Xw = d(() => {
    dn();
    (E$ = 'AWS_SHARED_CREDENTIALS_FILE'), (Jw = () => process.env[E$] || S$(Tr(), '.aws', 'credentials'));
  });
var Yw,
  w$,
  b$,
  Ii,
  rp = d(() => {
    (Yw = we(Lt())),
      (w$ = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/),
      (b$ = ['__proto__', 'profile __proto__']),
      (Ii = (t) => {
        let e = {},
          r,
          s;
        for (const o of t.split(/\r?\n/)) {
          const n = o.split(/(^|\s)[;#]/)[0].trim();
          if (n[0] === '[' && n[n.length - 1] === ']') {
            (r = void 0), (s = void 0);
            const a = n.substring(1, n.length - 1),
              c = w$.exec(a);
            if (c) {
              const [, u, , l] = c;
              Object.values(Yw.IniSectionType).includes(u) && (r = [u, l].join('.'));
            } else r = a;
            if (b$.includes(a)) throw new Error(`Found invalid profile name "${a}"`);
          } else if (r) {
            const a = n.indexOf('=');
            if (![0, -1].includes(a)) {
              const [c, u] = [n.substring(0, a).trim(), n.substring(a + 1).trim()];
              if (u === '') s = c;
              else {
                s && o.trimStart() === o && (s = void 0), (e[r] = e[r] || {});
                const l = s ? [s, c].join('.') : c;
                e[r][l] = u;
              }
            }
          }
        }
        return e;
      });
  });

import { readFile as x$ } from 'node:fs/promises';

var sp,
  Ni,
  ho,
  Oi = d(() => {
    (sp = {}),
      (Ni = {}),
      (ho = (t, e) =>
        Ni[t] !== void 0 ? Ni[t] : ((!sp[t] || e?.ignoreCache) && (sp[t] = x$(t, 'utf8')), sp[t]));
  });

import { join as Zw } from 'node:path';

var eb,
  ln,
  Zc = d(() => {
    Qw();
    tp();
    Xw();
    dn();
    rp();
    Oi();
    (eb = () => ({})),
      (ln = async (t = {}) => {
        let { filepath: e = Jw(), configFilepath: r = Yc() } = t,
          s = Tr(),
          o = '~/',
          n = e;
        e.startsWith(o) && (n = Zw(s, e.slice(2)));
        let i = r;
        r.startsWith(o) && (i = Zw(s, r.slice(2)));
        const a = await Promise.all([
          ho(i, { ignoreCache: t.ignoreCache }).then(Ii).then(Kw).catch(eb),
          ho(n, { ignoreCache: t.ignoreCache }).then(Ii).catch(eb),
        ]);
        return { configFile: a[0], credentialsFile: a[1] };
      });
  });
var tb,
  rb,
  sb = d(() => {
    (tb = we(Lt())),
      (rb = (t) =>
        Object.entries(t)
          .filter(([e]) => e.startsWith(tb.IniSectionType.SSO_SESSION + '.'))
          .reduce((e, [r, s]) => ({ ...e, [r.substring(r.indexOf('.') + 1)]: s }), {}));
  });
var _$,
  ob,
  nb = d(() => {
    tp();
    sb();
    rp();
    Oi();
    (_$ = () => ({})),
      (ob = async (t = {}) =>
        ho(t.configFilepath ?? Yc())
          .then(Ii)
          .then(rb)
          .catch(_$));
  });
var ib,
  ab = d(() => {
    ib = (...t) => {
      const e = {};
      for (const r of t)
        for (const [s, o] of Object.entries(r)) e[s] !== void 0 ? Object.assign(e[s], o) : (e[s] = o);
      return e;
    };
  });
var cb,
  ub = d(() => {
    Zc();
    ab();
    cb = async (t) => {
      const e = await ln(t);
      return ib(e.configFile, e.credentialsFile);
    };
  });
var db,
  lb = d(() => {
    Zm();
    Oi();
    db = {
      getFileRecord() {
        return Ni;
      },
      interceptFile(t, e) {
        Ni[t] = Promise.resolve(e);
      },
      getTokenRecord() {
        return Ci;
      },
      interceptToken(t, e) {
        Ci[t] = e;
      },
    };
  });
function eu(t) {
  try {
    const e = new Set(Array.from(t.match(/([A-Z_]){3,}/g) ?? []));
    return (e.delete('CONFIG'), e.delete('CONFIG_PREFIX_SEPARATOR'), e.delete('ENV'), [...e].join(', '));
  } catch {
    return t;
  }
}
var op = d(() => {});
var fb,
  mb = d(() => {
    Vc();
    op();
    fb = (t, e) => async () => {
      try {
        const r = t(process.env, e);
        if (r === void 0) throw new Error();
        return r;
      } catch (r) {
        throw new Cs(r.message || `Not found in ENV: ${eu(t.toString())}`, { logger: e?.logger });
      }
    };
  });
var pb,
  hb = d(() => {
    Vc();
    Xm();
    Zc();
    op();
    pb =
      (t, { preferredFile: e = 'config', ...r } = {}) =>
      async () => {
        const s = Jc(r),
          { configFile: o, credentialsFile: n } = await ln(r),
          i = n[s] || {},
          a = o[s] || {},
          c = e === 'config' ? { ...i, ...a } : { ...a, ...i };
        try {
          const l = t(c, e === 'config' ? o : n);
          if (l === void 0) throw new Error();
          return l;
        } catch (u) {
          throw new Cs(u.message || `Not found in config files w/ profile [${s}]: ${eu(t.toString())}`, {
            logger: r.logger,
          });
        }
      };
  });
var A$,
  tu,
  np = d(() => {
    Gm();
    (A$ = (t) => typeof t == 'function'), (tu = (t) => (A$(t) ? async () => await t() : Wc(t)));
  });
var B,
  ip = d(() => {
    Wm();
    Gc();
    mb();
    hb();
    np();
    B = ({ environmentVariableSelector: t, configFileSelector: e, default: r }, s = {}) => {
      const { signingName: o, logger: n } = s;
      return un(jc(fb(t, { signingName: o, logger: n }), pb(e, s), tu(r)));
    };
  });
var ru,
  su,
  gb,
  vr,
  yb,
  Sb = d(() => {
    Kc();
    Qc();
    (ru = 'AWS_USE_DUALSTACK_ENDPOINT'),
      (su = 'use_dualstack_endpoint'),
      (gb = !1),
      (vr = {
        environmentVariableSelector: (t) => Fe(t, ru, Ie.ENV),
        configFileSelector: (t) => Fe(t, su, Ie.CONFIG),
        default: !1,
      }),
      (yb = {
        environmentVariableSelector: (t) => Fe(t, ru, Ie.ENV),
        configFileSelector: (t) => Fe(t, su, Ie.CONFIG),
        default: void 0,
      });
  });
var ou,
  nu,
  Eb,
  Cr,
  wb,
  bb = d(() => {
    Kc();
    Qc();
    (ou = 'AWS_USE_FIPS_ENDPOINT'),
      (nu = 'use_fips_endpoint'),
      (Eb = !1),
      (Cr = {
        environmentVariableSelector: (t) => Fe(t, ou, Ie.ENV),
        configFileSelector: (t) => Fe(t, nu, Ie.CONFIG),
        default: !1,
      }),
      (wb = {
        environmentVariableSelector: (t) => Fe(t, ou, Ie.ENV),
        configFileSelector: (t) => Fe(t, nu, Ie.CONFIG),
        default: void 0,
      });
  });
var go,
  Is,
  Ns,
  xb,
  _b,
  iu = d(() => {
    (go = (t, e) => {
      const r = [];
      if ((t && r.push(t), e)) for (const s of e) r.push(s);
      return r;
    }),
      (Is = (t, e) => `${t || 'anonymous'}${e && e.length > 0 ? ` (a.k.a. ${e.join(',')})` : ''}`),
      (Ns = () => {
        let t = [],
          e = [],
          r = !1,
          s = new Set(),
          o = (f) =>
            f.sort(
              (m, p) => xb[p.step] - xb[m.step] || _b[p.priority || 'normal'] - _b[m.priority || 'normal'],
            ),
          n = (f) => {
            let m = !1,
              p = (h) => {
                const y = go(h.name, h.aliases);
                if (y.includes(f)) {
                  m = !0;
                  for (const g of y) s.delete(g);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(p)), (e = e.filter(p)), m);
          },
          i = (f) => {
            let m = !1,
              p = (h) => {
                if (h.middleware === f) {
                  m = !0;
                  for (const y of go(h.name, h.aliases)) s.delete(y);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(p)), (e = e.filter(p)), m);
          },
          a = (f) => (
            t.forEach((m) => {
              f.add(m.middleware, { ...m });
            }),
            e.forEach((m) => {
              f.addRelativeTo(m.middleware, { ...m });
            }),
            f.identifyOnResolve?.(l.identifyOnResolve()),
            f
          ),
          c = (f) => {
            const m = [];
            return (
              f.before.forEach((p) => {
                p.before.length === 0 && p.after.length === 0 ? m.push(p) : m.push(...c(p));
              }),
              m.push(f),
              f.after.reverse().forEach((p) => {
                p.before.length === 0 && p.after.length === 0 ? m.push(p) : m.push(...c(p));
              }),
              m
            );
          },
          u = (f = !1) => {
            const m = [],
              p = [],
              h = {};
            return (
              t.forEach((g) => {
                const w = { ...g, before: [], after: [] };
                for (const b of go(w.name, w.aliases)) h[b] = w;
                m.push(w);
              }),
              e.forEach((g) => {
                const w = { ...g, before: [], after: [] };
                for (const b of go(w.name, w.aliases)) h[b] = w;
                p.push(w);
              }),
              p.forEach((g) => {
                if (g.toMiddleware) {
                  const w = h[g.toMiddleware];
                  if (w === void 0) {
                    if (f) return;
                    throw new Error(
                      `${g.toMiddleware} is not found when adding ${Is(g.name, g.aliases)} middleware ${g.relation} ${g.toMiddleware}`,
                    );
                  }
                  g.relation === 'after' && w.after.push(g), g.relation === 'before' && w.before.push(g);
                }
              }),
              o(m)
                .map(c)
                .reduce((g, w) => (g.push(...w), g), [])
            );
          },
          l = {
            add: (f, m = {}) => {
              const { name: p, override: h, aliases: y } = m,
                g = { step: 'initialize', priority: 'normal', middleware: f, ...m },
                w = go(p, y);
              if (w.length > 0) {
                if (w.some((b) => s.has(b))) {
                  if (!h) throw new Error(`Duplicate middleware name '${Is(p, y)}'`);
                  for (const b of w) {
                    const _ = t.findIndex((C) => C.name === b || C.aliases?.some((W) => W === b));
                    if (_ === -1) continue;
                    const A = t[_];
                    if (A.step !== g.step || g.priority !== A.priority)
                      throw new Error(
                        `"${Is(A.name, A.aliases)}" middleware with ${A.priority} priority in ${A.step} step cannot be overridden by "${Is(p, y)}" middleware with ${g.priority} priority in ${g.step} step.`,
                      );
                    t.splice(_, 1);
                  }
                }
                for (const b of w) s.add(b);
              }
              t.push(g);
            },
            addRelativeTo: (f, m) => {
              const { name: p, override: h, aliases: y } = m,
                g = { middleware: f, ...m },
                w = go(p, y);
              if (w.length > 0) {
                if (w.some((b) => s.has(b))) {
                  if (!h) throw new Error(`Duplicate middleware name '${Is(p, y)}'`);
                  for (const b of w) {
                    const _ = e.findIndex((C) => C.name === b || C.aliases?.some((W) => W === b));
                    if (_ === -1) continue;
                    const A = e[_];
                    if (A.toMiddleware !== g.toMiddleware || A.relation !== g.relation)
                      throw new Error(
                        `"${Is(A.name, A.aliases)}" middleware ${A.relation} "${A.toMiddleware}" middleware cannot be overridden by "${Is(p, y)}" middleware ${g.relation} "${g.toMiddleware}" middleware.`,
                      );
                    e.splice(_, 1);
                  }
                }
                for (const b of w) s.add(b);
              }
              e.push(g);
            },
            clone: () => a(Ns()),
            use: (f) => {
              f.applyToStack(l);
            },
            remove: (f) => (typeof f == 'string' ? n(f) : i(f)),
            removeByTag: (f) => {
              let m = !1,
                p = (h) => {
                  const { tags: y, name: g, aliases: w } = h;
                  if (y && y.includes(f)) {
                    const b = go(g, w);
                    for (const _ of b) s.delete(_);
                    return ((m = !0), !1);
                  }
                  return !0;
                };
              return ((t = t.filter(p)), (e = e.filter(p)), m);
            },
            concat: (f) => {
              const m = a(Ns());
              return (
                m.use(f),
                m.identifyOnResolve(r || m.identifyOnResolve() || (f.identifyOnResolve?.() ?? !1)),
                m
              );
            },
            applyToStack: a,
            identify: () =>
              u(!0).map((f) => {
                const m = f.step ?? f.relation + ' ' + f.toMiddleware;
                return Is(f.name, f.aliases) + ' - ' + m;
              }),
            identifyOnResolve(f) {
              return (typeof f == 'boolean' && (r = f), r);
            },
            resolve: (f, m) => {
              for (const p of u()
                .map((h) => h.middleware)
                .reverse())
                f = p(f, m);
              return (r && console.log(l.identify()), f);
            },
          };
        return l;
      }),
      (xb = { initialize: 5, serialize: 4, build: 3, finalizeRequest: 2, deserialize: 1 }),
      (_b = { high: 3, normal: 2, low: 1 });
  });
var Ab,
  Tb = d(() => {
    Ab = (t) => () => {
      throw new Error(t);
    };
  });
var Rb,
  vb = d(() => {
    Rb = (t) => () => Promise.reject(t);
  });
var fn,
  ap = d(() => {
    fn = () => {
      const t = new WeakSet();
      return (e, r) => {
        if (typeof r == 'object' && r !== null) {
          if (t.has(r)) return '[Circular]';
          t.add(r);
        }
        return r;
      };
    };
  });
var Cb,
  Ib = d(() => {
    Cb = (t) => new Promise((e) => setTimeout(e, t * 1e3));
  });
var au,
  It,
  Nb,
  cu = d(() => {
    ap();
    au = { minDelay: 2, maxDelay: 120 };
    ((t) => {
      (t.ABORTED = 'ABORTED'),
        (t.FAILURE = 'FAILURE'),
        (t.SUCCESS = 'SUCCESS'),
        (t.RETRY = 'RETRY'),
        (t.TIMEOUT = 'TIMEOUT');
    })(It || (It = {}));
    Nb = (t) => {
      if (t.state === It.ABORTED) {
        const e = new Error(`${JSON.stringify({ ...t, reason: 'Request was aborted' }, fn())}`);
        throw ((e.name = 'AbortError'), e);
      } else if (t.state === It.TIMEOUT) {
        const e = new Error(`${JSON.stringify({ ...t, reason: 'Waiter has timed out' }, fn())}`);
        throw ((e.name = 'TimeoutError'), e);
      } else if (t.state !== It.SUCCESS) throw new Error(`${JSON.stringify(t, fn())}`);
      return t;
    };
  });
var Ob,
  T$,
  R$,
  v$,
  C$,
  Mb = d(() => {
    ap();
    Ib();
    cu();
    (Ob = async (
      { minDelay: t, maxDelay: e, maxWaitTime: r, abortController: s, client: o, abortSignal: n },
      i,
      a,
    ) => {
      let c = {},
        [u, l] = [t * 1e3, e * 1e3],
        f = 0,
        m = Date.now() + r * 1e3,
        p = Date.now() + 6e4,
        h = !1;
      for (;;) {
        if (f > 0) {
          const w = v$(u, l, f, m);
          if (s?.signal?.aborted || n?.aborted) {
            const b = 'AbortController signal aborted.';
            return ((c[b] |= 0), (c[b] += 1), { state: It.ABORTED, observedResponses: c });
          }
          if (Date.now() + w > m) return { state: It.TIMEOUT, observedResponses: c };
          await Cb(w / 1e3);
        }
        const { state: y, reason: g } = await a(o, i);
        if (g) {
          const w = R$(g);
          (c[w] |= 0), (c[w] += 1);
        }
        if (y !== It.RETRY) return { state: y, reason: g, final: g, observedResponses: c };
        (f += 1), !h && Date.now() >= p && (T$(c, o), (h = !0));
      }
    }),
      (T$ = (t = {}, e) => {
        let r = Object.keys(t),
          s = 0,
          o = 0;
        for (const a of r) {
          const c = t[a] | 0;
          (s = Math.max(c, s)), a.startsWith('403:') && (o += c);
        }
        const n = e?.config?.logger,
          i = typeof n?.warn == 'function' && !n.constructor?.name?.includes?.('NoOpLogger') ? n : console;
        (o >= 3 || r[r.length - 1]?.startsWith('403:')) &&
          i.warn('@smithy/util-waiter WARN - 403 status code encountered during waiter polling.');
      }),
      (R$ = (t) => {
        const e = t?.$response?.statusCode ?? t?.$metadata?.httpStatusCode;
        return t?.$responseBodyText
          ? `${e ? e + ': ' : ''}Deserialization error for body: ${t.$responseBodyText}`
          : e
            ? t?.$response || t?.message
              ? `${e ?? 'Unknown'}: ${t?.message}`
              : `${e}: OK`
            : String(t?.message ?? JSON.stringify(t, fn()) ?? 'Unknown');
      }),
      (v$ = (t, e, r, s) => {
        const o = Math.log(e / t) / Math.log(2) + 1;
        if (r > o) return e;
        const n = t * 2 ** (r - 1),
          i = Math.min(n, e),
          a = C$(t, i);
        if (Date.now() + a > s) {
          const c = s - Date.now();
          return Math.max(0, c - 500);
        }
        return a;
      }),
      (C$ = (t, e) => t + Math.random() * (e - t));
  });
var Pb,
  kb = d(() => {
    Pb = (t) => {
      if (t.maxWaitTime <= 0) throw new Error('WaiterConfiguration.maxWaitTime must be greater than 0');
      if (t.minDelay <= 0) throw new Error('WaiterConfiguration.minDelay must be greater than 0');
      if (t.maxDelay <= 0) throw new Error('WaiterConfiguration.maxDelay must be greater than 0');
      if (t.maxWaitTime <= t.minDelay)
        throw new Error(
          `WaiterConfiguration.maxWaitTime [${t.maxWaitTime}] must be greater than WaiterConfiguration.minDelay [${t.minDelay}] for this waiter`,
        );
      if (t.maxDelay < t.minDelay)
        throw new Error(
          `WaiterConfiguration.maxDelay [${t.maxDelay}] must be greater than WaiterConfiguration.minDelay [${t.minDelay}] for this waiter`,
        );
    };
  });
var Db,
  $b,
  Lb = d(() => {
    Mb();
    kb();
    cu();
    (Db = (t) => {
      let e,
        r = new Promise((s) => {
          (e = () => s({ state: It.ABORTED })),
            typeof t.addEventListener == 'function' ? t.addEventListener('abort', e) : (t.onabort = e);
        });
      return {
        clearListener() {
          typeof t.removeEventListener == 'function' && t.removeEventListener('abort', e);
        },
        aborted: r,
      };
    }),
      ($b = async (t, e, r) => {
        const s = { ...au, ...t };
        Pb(s);
        const o = [Ob(s, e, r)],
          n = [];
        if (t.abortSignal) {
          const { aborted: i, clearListener: a } = Db(t.abortSignal);
          n.push(a), o.push(i);
        }
        if (t.abortController?.signal) {
          const { aborted: i, clearListener: a } = Db(t.abortController.signal);
          n.push(a), o.push(i);
        }
        return Promise.race(o).then((i) => {
          for (const a of n) a();
          return i;
        });
      });
  });
var st,
  Bb = d(() => {
    iu();
    st = class {
      config;
      middlewareStack = Ns();
      initConfig;
      handlers;
      constructor(e) {
        this.config = e;
        const { protocol: r, protocolSettings: s } = e;
        s && typeof r == 'function' && (e.protocol = new r(s));
      }
      send(e, r, s) {
        let o = typeof r != 'function' ? r : void 0,
          n = typeof r == 'function' ? r : s,
          i = o === void 0 && this.config.cacheMiddleware === !0,
          a;
        if (i) {
          this.handlers || (this.handlers = new WeakMap());
          const c = this.handlers;
          c.has(e.constructor)
            ? (a = c.get(e.constructor))
            : ((a = e.resolveMiddleware(this.middlewareStack, this.config, o)), c.set(e.constructor, a));
        } else delete this.handlers, (a = e.resolveMiddleware(this.middlewareStack, this.config, o));
        if (n)
          a(e)
            .then(
              (c) => n(null, c.output),
              (c) => n(c),
            )
            .catch(() => {});
        else return a(e).then((c) => c.output);
      }
      destroy() {
        this.config?.requestHandler?.destroy?.(), delete this.handlers;
      }
    };
  });
var Ft,
  cp = d(() => {
    Ft = (t) => (typeof t == 'function' ? t() : t);
  });
var mn,
  uu = d(() => {
    mn = (t, e, r, s, o) => ({ name: e, namespace: t, traits: r, input: s, output: o });
  });
var Fb,
  up,
  Ub = d(() => {
    L();
    uu();
    (Fb = (t) => (e, r) => async (s) => {
      const { response: o } = await e(s),
        { operationSchema: n } = le(r),
        [, i, a, c, u, l] = n ?? [];
      try {
        const f = await t.protocol.deserializeResponse(mn(i, a, c, u, l), { ...t, ...r }, o);
        return { response: o, output: f };
      } catch (f) {
        if (
          (Object.defineProperty(f, '$response', {
            value: o,
            enumerable: !1,
            writable: !1,
            configurable: !1,
          }),
          !('$metadata' in f))
        ) {
          const m =
            'Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.';
          try {
            f.message +=
              `
  ` + m;
          } catch {
            !r.logger || r.logger?.constructor?.name === 'NoOpLogger' ? console.warn(m) : r.logger?.warn?.(m);
          }
          typeof f.$responseBodyText < 'u' && f.$response && (f.$response.body = f.$responseBodyText);
          try {
            if (Be.isInstance(o)) {
              const { headers: p = {}, statusCode: h } = o,
                y = Object.entries(p);
              f.$metadata = {
                httpStatusCode: h,
                requestId: up(/^x-[\w-]+-request-?id$/, y),
                extendedRequestId: up(/^x-[\w-]+-id-2$/, y),
                cfId: up(/^x-[\w-]+-cf-id$/, y),
              };
            }
          } catch {}
        }
        throw f;
      }
    }),
      (up = (t, e) => (e.find(([r]) => r.match(t)) || [void 0, void 0])[1]);
  });
var Hb,
  zb = d(() => {
    L();
    uu();
    Hb = (t) => (e, r) => async (s) => {
      const { operationSchema: o } = le(r),
        [, n, i, a, c, u] = o ?? [],
        l = r.endpointV2 ? async () => Rt(r.endpointV2) : t.endpoint,
        f = await t.protocol.serializeRequest(mn(n, i, a, c, u), s.input, { ...t, ...r, endpoint: l });
      return e({ ...s, request: f });
    };
  });
function Ir(t) {
  return {
    applyToStack: (e) => {
      e.add(Hb(t), lp), e.add(Fb(t), dp), t.protocol.setSerdeContext(t);
    },
  };
}
var dp,
  lp,
  Vb = d(() => {
    Ub();
    zb();
    (dp = { name: 'deserializerMiddleware', step: 'deserialize', tags: ['DESERIALIZER'], override: !0 }),
      (lp = { name: 'serializerMiddleware', step: 'serialize', tags: ['SERIALIZER'], override: !0 });
  });
var xe,
  Os = d(() => {
    xe = class {
      name;
      namespace;
      traits;
      static assign(e, r) {
        return Object.assign(e, r);
      }
      static [Symbol.hasInstance](e) {
        const r = this.prototype.isPrototypeOf(e);
        return !r && typeof e == 'object' && e !== null ? e.symbol === this.symbol : r;
      }
      getName() {
        return this.namespace + '#' + this.name;
      }
    };
  });
var Mi,
  qb,
  jb = d(() => {
    Os();
    (Mi = class t extends xe {
      static symbol = Symbol.for('@smithy/lis');
      valueSchema;
      symbol = t.symbol;
    }),
      (qb = (t, e, r, s) => xe.assign(new Mi(), { name: e, namespace: t, traits: r, valueSchema: s }));
  });
var Pi,
  Wb,
  Gb = d(() => {
    Os();
    (Pi = class t extends xe {
      static symbol = Symbol.for('@smithy/map');
      keySchema;
      valueSchema;
      symbol = t.symbol;
    }),
      (Wb = (t, e, r, s, o) =>
        xe.assign(new Pi(), { name: e, namespace: t, traits: r, keySchema: s, valueSchema: o }));
  });
var ki,
  Kb,
  Qb = d(() => {
    Os();
    (ki = class t extends xe {
      static symbol = Symbol.for('@smithy/ope');
      input;
      output;
      symbol = t.symbol;
    }),
      (Kb = (t, e, r, s, o) =>
        xe.assign(new ki(), { name: e, namespace: t, traits: r, input: s, output: o }));
  });
var yo,
  Jb,
  fp = d(() => {
    Os();
    (yo = class t extends xe {
      static symbol = Symbol.for('@smithy/str');
      memberNames;
      memberList;
      symbol = t.symbol;
    }),
      (Jb = (t, e, r, s, o) =>
        xe.assign(new yo(), { name: e, namespace: t, traits: r, memberNames: s, memberList: o }));
  });
var Di,
  Xb,
  Yb = d(() => {
    Os();
    fp();
    (Di = class t extends yo {
      static symbol = Symbol.for('@smithy/err');
      ctor;
      symbol = t.symbol;
    }),
      (Xb = (t, e, r, s, o, n) =>
        xe.assign(new Di(), { name: e, namespace: t, traits: r, memberNames: s, memberList: o, ctor: null }));
  });
function cs(t) {
  if (typeof t == 'object') return t;
  if (((t = t | 0), $i[t])) return $i[t];
  let e = {},
    r = 0;
  for (const s of [
    'httpLabel',
    'idempotent',
    'idempotencyToken',
    'sensitive',
    'httpPayload',
    'httpResponseCode',
    'httpQueryParams',
  ])
    ((t >> r++) & 1) === 1 && (e[s] = 1);
  return ($i[t] = e);
}
var $i,
  mp = d(() => {
    $i = [];
  });
function Bi(t, e) {
  if (t instanceof T) return Object.assign(t, { memberName: e, _isMemberSchema: !0 });
  const r = T;
  return new r(t, e);
}
var Li,
  Fi,
  Ui,
  T,
  pp,
  hp,
  Zb = d(() => {
    cp();
    mp();
    (Li = { it: Symbol.for('@smithy/nor-struct-it'), ns: Symbol.for('@smithy/ns') }),
      (Fi = []),
      (Ui = {}),
      (T = class t {
        ref;
        memberName;
        static symbol = Symbol.for('@smithy/nor');
        symbol = t.symbol;
        name;
        schema;
        _isMemberSchema;
        traits;
        memberTraits;
        normalizedTraits;
        constructor(e, r) {
          (this.ref = e), (this.memberName = r);
          let s = [],
            o = e,
            n = e;
          for (this._isMemberSchema = !1; pp(o); )
            s.push(o[1]), (o = o[0]), (n = Ft(o)), (this._isMemberSchema = !0);
          if (s.length > 0) {
            this.memberTraits = {};
            for (let i = s.length - 1; i >= 0; --i) {
              const a = s[i];
              Object.assign(this.memberTraits, cs(a));
            }
          } else this.memberTraits = 0;
          if (n instanceof t) {
            const i = this.memberTraits;
            Object.assign(this, n),
              (this.memberTraits = Object.assign({}, i, n.getMemberTraits(), this.getMemberTraits())),
              (this.normalizedTraits = void 0),
              (this.memberName = r ?? n.memberName);
            return;
          }
          if (
            ((this.schema = Ft(n)),
            hp(this.schema)
              ? ((this.name = `${this.schema[1]}#${this.schema[2]}`), (this.traits = this.schema[3]))
              : ((this.name = this.memberName ?? String(n)), (this.traits = 0)),
            this._isMemberSchema && !r)
          )
            throw new Error(
              `@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`,
            );
        }
        static [Symbol.hasInstance](e) {
          const r = this.prototype.isPrototypeOf(e);
          return !r && typeof e == 'object' && e !== null ? e.symbol === this.symbol : r;
        }
        static of(e) {
          const r = typeof e == 'function' || (typeof e == 'object' && e !== null);
          if (typeof e == 'number') {
            if (Fi[e]) return Fi[e];
          } else if (typeof e == 'string') {
            if (Ui[e]) return Ui[e];
          } else if (r && e[Li.ns]) return e[Li.ns];
          const s = Ft(e);
          if (s instanceof t) return s;
          if (pp(s)) {
            const [n, i] = s;
            if (n instanceof t) return (Object.assign(n.getMergedTraits(), cs(i)), n);
            throw new Error(
              `@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(e, null, 2)}.`,
            );
          }
          const o = new t(s);
          return r
            ? (e[Li.ns] = o)
            : typeof s == 'string'
              ? (Ui[s] = o)
              : typeof s == 'number'
                ? (Fi[s] = o)
                : o;
        }
        getSchema() {
          const e = this.schema;
          return Array.isArray(e) && e[0] === 0 ? e[4] : e;
        }
        getName(e = !1) {
          const { name: r } = this;
          return !e && r && r.includes('#') ? r.split('#')[1] : r || void 0;
        }
        getMemberName() {
          return this.memberName;
        }
        isMemberSchema() {
          return this._isMemberSchema;
        }
        isListSchema() {
          const e = this.getSchema();
          return typeof e == 'number' ? e >= 64 && e < 128 : e[0] === 1;
        }
        isMapSchema() {
          const e = this.getSchema();
          return typeof e == 'number' ? e >= 128 && e <= 255 : e[0] === 2;
        }
        isStructSchema() {
          const e = this.getSchema();
          if (typeof e != 'object') return !1;
          const r = e[0];
          return r === 3 || r === -3 || r === 4;
        }
        isUnionSchema() {
          const e = this.getSchema();
          return typeof e != 'object' ? !1 : e[0] === 4;
        }
        isBlobSchema() {
          const e = this.getSchema();
          return e === 21 || e === 42;
        }
        isTimestampSchema() {
          const e = this.getSchema();
          return typeof e == 'number' && e >= 4 && e <= 7;
        }
        isUnitSchema() {
          return this.getSchema() === 'unit';
        }
        isDocumentSchema() {
          return this.getSchema() === 15;
        }
        isStringSchema() {
          return this.getSchema() === 0;
        }
        isBooleanSchema() {
          return this.getSchema() === 2;
        }
        isNumericSchema() {
          return this.getSchema() === 1;
        }
        isBigIntegerSchema() {
          return this.getSchema() === 17;
        }
        isBigDecimalSchema() {
          return this.getSchema() === 19;
        }
        isStreaming() {
          const { streaming: e } = this.getMergedTraits();
          return !!e || this.getSchema() === 42;
        }
        isIdempotencyToken() {
          return !!this.getMergedTraits().idempotencyToken;
        }
        getMergedTraits() {
          return (
            this.normalizedTraits ??
            (this.normalizedTraits = { ...this.getOwnTraits(), ...this.getMemberTraits() })
          );
        }
        getMemberTraits() {
          return cs(this.memberTraits);
        }
        getOwnTraits() {
          return cs(this.traits);
        }
        getKeySchema() {
          const [e, r] = [this.isDocumentSchema(), this.isMapSchema()];
          if (!e && !r)
            throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);
          const s = this.getSchema(),
            o = e ? 15 : (s[4] ?? 0);
          return Bi([o, 0], 'key');
        }
        getValueSchema() {
          const e = this.getSchema(),
            [r, s, o] = [this.isDocumentSchema(), this.isMapSchema(), this.isListSchema()],
            n =
              typeof e == 'number'
                ? 63 & e
                : e && typeof e == 'object' && (s || o)
                  ? e[3 + e[0]]
                  : r
                    ? 15
                    : void 0;
          if (n != null) return Bi([n, 0], s ? 'value' : 'member');
          throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`);
        }
        getMemberSchema(e) {
          const r = this.getSchema();
          if (this.isStructSchema() && r[4].includes(e)) {
            const s = r[4].indexOf(e),
              o = r[5][s];
            return Bi(pp(o) ? o : [o, 0], e);
          }
          if (this.isDocumentSchema()) return Bi([15, 0], e);
          throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`);
        }
        getMemberSchemas() {
          const e = {};
          try {
            for (const [r, s] of this.structIterator()) e[r] = s;
          } catch {}
          return e;
        }
        getEventStreamMember() {
          if (this.isStructSchema()) {
            for (const [e, r] of this.structIterator()) if (r.isStreaming() && r.isStructSchema()) return e;
          }
          return '';
        }
        *structIterator() {
          if (this.isUnitSchema()) return;
          if (!this.isStructSchema())
            throw new Error('@smithy/core/schema - cannot iterate non-struct schema.');
          let e = this.getSchema(),
            r = e[4].length,
            s = e[Li.it];
          if (s && r === s.length) {
            yield* s;
            return;
          }
          s = Array(r);
          for (let o = 0; o < r; ++o) {
            const n = e[4][o],
              i = Bi([e[5][o], 0], n);
            yield (s[o] = [n, i]);
          }
          e[Li.it] = s;
        }
      });
    (pp = (t) => Array.isArray(t) && t.length === 2), (hp = (t) => Array.isArray(t) && t.length >= 5);
  });
var pn,
  ex,
  tx,
  rx = d(() => {
    Os();
    (pn = class t extends xe {
      static symbol = Symbol.for('@smithy/sim');
      schemaRef;
      symbol = t.symbol;
    }),
      (ex = (t, e, r, s) => xe.assign(new pn(), { name: e, namespace: t, traits: s, schemaRef: r })),
      (tx = (t, e, r, s) => xe.assign(new pn(), { name: e, namespace: t, traits: r, schemaRef: s }));
  });
var sx,
  ox = d(() => {
    sx = {
      BLOB: 21,
      STREAMING_BLOB: 42,
      BOOLEAN: 2,
      STRING: 0,
      NUMERIC: 1,
      BIG_INTEGER: 17,
      BIG_DECIMAL: 19,
      DOCUMENT: 15,
      TIMESTAMP_DEFAULT: 4,
      TIMESTAMP_DATE_TIME: 5,
      TIMESTAMP_HTTP_DATE: 6,
      TIMESTAMP_EPOCH_SECONDS: 7,
      LIST_MODIFIER: 64,
      MAP_MODIFIER: 128,
    };
  });
var ee,
  nx = d(() => {
    ee = class t {
      namespace;
      schemas;
      exceptions;
      static registries = new Map();
      constructor(e, r = new Map(), s = new Map()) {
        (this.namespace = e),
          (this.schemas = r),
          (this.exceptions = s),
          t.registries.has(e) || t.registries.set(e, this);
      }
      static for(e) {
        return t.registries.get(e) ?? new t(e);
      }
      copyFrom(e) {
        const { schemas: r, exceptions: s } = this;
        for (const [o, n] of e.schemas) r.has(o) || r.set(o, n);
        for (const [o, n] of e.exceptions) s.has(o) || s.set(o, n);
      }
      register(e, r) {
        const s = this.normalizeShapeId(e);
        for (const o of [this, t.for(s.split('#')[0])]) o.schemas.has(s) || o.schemas.set(s, r);
      }
      getSchema(e) {
        const r = this.normalizeShapeId(e);
        if (!this.schemas.has(r)) {
          if (!e.includes('#')) {
            const s = '#' + e,
              o = [];
            for (const [n, i] of this.schemas.entries()) n.endsWith(s) && o.push(i);
            if (o.length === 1) return o[0];
          }
          throw new Error(`@smithy/core/schema - schema not found for ${r}`);
        }
        return this.schemas.get(r);
      }
      registerError(e, r) {
        const s = e,
          o = s[1],
          n = o + '#' + s[2];
        r.hasOwnProperty?.('shapeId') || (r.shapeId = n);
        for (const i of [this, t.for(o)])
          !i.schemas.has(n) && !i.exceptions.has(s) && (i.schemas.set(n, s), i.exceptions.set(s, r));
      }
      getErrorCtor(e) {
        const r = e;
        return this.exceptions.has(r) ? this.exceptions.get(r) : t.for(r[1]).exceptions.get(r);
      }
      getBaseException() {
        for (const e of this.exceptions.keys())
          if (Array.isArray(e)) {
            const [, r, s] = e,
              o = r + '#' + s;
            if (o.startsWith('smithy.ts.sdk.synthetic.') && o.endsWith('ServiceException')) return e;
          }
      }
      find(e) {
        for (const r of this.schemas.values()) if (e(r)) return r;
      }
      clear() {
        this.schemas.clear(), this.exceptions.clear();
      }
      normalizeShapeId(e) {
        return e.includes('#') ? e : this.namespace + '#' + e;
      }
    };
  });
var ix = {};
Le(ix, {
  ErrorSchema: () => Di,
  ListSchema: () => Mi,
  MapSchema: () => Pi,
  NormalizedSchema: () => T,
  OperationSchema: () => ki,
  SCHEMA: () => sx,
  Schema: () => xe,
  SimpleSchema: () => pn,
  StructureSchema: () => yo,
  TypeRegistry: () => ee,
  deref: () => Ft,
  deserializerMiddlewareOption: () => dp,
  error: () => Xb,
  getSchemaSerdePlugin: () => Ir,
  isStaticSchema: () => hp,
  list: () => qb,
  map: () => Wb,
  op: () => Kb,
  operation: () => mn,
  serializerMiddlewareOption: () => lp,
  sim: () => ex,
  simAdapter: () => tx,
  simpleSchemaCacheN: () => Fi,
  simpleSchemaCacheS: () => Ui,
  struct: () => Jb,
  traitsCache: () => $i,
  translateTraits: () => cs,
});
var q = d(() => {
  cp();
  Vb();
  jb();
  Gb();
  Qb();
  uu();
  Yb();
  Zb();
  Os();
  rx();
  fp();
  ox();
  mp();
  nx();
});
function Ms(t, e) {
  if (e == null) return e;
  const r = T.of(t);
  if (r.getMergedTraits().sensitive) return gp;
  if (r.isListSchema()) {
    const s = r.getValueSchema();
    if (s.getMergedTraits().sensitive) return gp;
    if (Array.isArray(e)) return e.map((o) => Ms(s, o));
  } else if (r.isMapSchema()) {
    const s = r.getValueSchema();
    if (r.getKeySchema().getMergedTraits().sensitive || s.getMergedTraits().sensitive) return gp;
    if (typeof e == 'object') return Object.fromEntries(Object.entries(e).map(([o, n]) => [o, Ms(s, n)]));
  } else if (r.isStructSchema() && typeof e == 'object') {
    const s = e,
      o = {};
    for (const [n, i] of r.structIterator()) s[n] != null && (o[n] = Ms(i, s[n]));
    return o;
  }
  return e;
}
var gp,
  yp = d(() => {
    q();
    gp = '***SensitiveInformation***';
  });
var Sp,
  ax,
  ut,
  Ep,
  wp = d(() => {
    Sp = we(Lt());
    iu();
    yp();
    q();
    (ax = Symbol.for('@smithy/op-event-stream')),
      (ut = class {
        middlewareStack = Ns();
        schema;
        static classBuilder() {
          return new Ep();
        }
        resolveMiddlewareWithContext(
          e,
          r,
          s,
          {
            middlewareFn: o,
            clientName: n,
            commandName: i,
            inputFilterSensitiveLog: a,
            outputFilterSensitiveLog: c,
            smithyContext: u,
            additionalContext: l,
            CommandCtor: f,
          },
        ) {
          for (const C of o.bind(this)(f, e, r, s)) this.middlewareStack.use(C);
          let m = e.concat(this.middlewareStack),
            { logger: p } = r,
            h = l[Sp.SMITHY_CONTEXT_KEY],
            y = {
              logger: p,
              clientName: n,
              commandName: i,
              inputFilterSensitiveLog: a,
              outputFilterSensitiveLog: c,
              ...l,
              [Sp.SMITHY_CONTEXT_KEY]: {
                ...h,
                commandInstance: this,
                ...u,
                ...(s?.metricsRecorder === void 0 ? {} : { metricsRecorder: s.metricsRecorder }),
                ...(s?.abortSignal === void 0 ? {} : { abortSignal: s.abortSignal }),
              },
            },
            { requestHandler: g } = r,
            w = s ?? {};
          w.metricsRecorder && ((w = { ...w }), delete w.metricsRecorder);
          let b,
            _ = this.schema,
            A = _?.[ax];
          if (A !== void 0) b = A;
          else if (_ && Array.isArray(_) && _[0] === 9) {
            const [, , , , C, W] = _;
            b = _[ax] = !!(T.of(C).getEventStreamMember() || T.of(W).getEventStreamMember());
          }
          return (b && (w = { isEventStream: b, ...w }), m.resolve((C) => g.handle(C.request, w), y));
        }
      }),
      (Ep = class {
        _init = () => {};
        _ep = {};
        _middlewareFn = () => [];
        _commandName = '';
        _clientName = '';
        _additionalContext = {};
        _smithyContext = {};
        _inputFilterSensitiveLog = void 0;
        _outputFilterSensitiveLog = void 0;
        _serializer = null;
        _deserializer = null;
        _operationSchema;
        init(e) {
          this._init = e;
        }
        ep(e) {
          return ((this._ep = e), this);
        }
        m(e) {
          return ((this._middlewareFn = e), this);
        }
        s(e, r, s = {}) {
          return ((this._smithyContext = { service: e, operation: r, ...s }), this);
        }
        c(e = {}) {
          return ((this._additionalContext = e), this);
        }
        n(e, r) {
          return ((this._clientName = e), (this._commandName = r), this);
        }
        f(e = (s) => s, r = (s) => s) {
          return ((this._inputFilterSensitiveLog = e), (this._outputFilterSensitiveLog = r), this);
        }
        ser(e) {
          return ((this._serializer = e), this);
        }
        de(e) {
          return ((this._deserializer = e), this);
        }
        sc(e) {
          return ((this._operationSchema = e), (this._smithyContext.operationSchema = e), this);
        }
        build() {
          let e = this,
            r;
          return (r = class extends ut {
            input;
            static getEndpointParameterInstructions() {
              return e._ep;
            }
            constructor(...[s]) {
              super(), (this.input = s ?? {}), e._init(this), (this.schema = e._operationSchema);
            }
            resolveMiddleware(s, o, n) {
              const i = e._operationSchema,
                a = i?.[4] ?? i?.input,
                c = i?.[5] ?? i?.output;
              return this.resolveMiddlewareWithContext(s, o, n, {
                CommandCtor: r,
                middlewareFn: e._middlewareFn,
                clientName: e._clientName,
                commandName: e._commandName,
                inputFilterSensitiveLog: e._inputFilterSensitiveLog ?? (i ? Ms.bind(null, a) : (u) => u),
                outputFilterSensitiveLog: e._outputFilterSensitiveLog ?? (i ? Ms.bind(null, c) : (u) => u),
                smithyContext: e._smithyContext,
                additionalContext: e._additionalContext,
              });
            }
            serialize = e._serializer;
            deserialize = e._deserializer;
          });
        }
      });
  });
var cx,
  ux = d(() => {
    cx = '***SensitiveInformation***';
  });
var Nr,
  dx = d(() => {
    Nr = (t, e, r) => {
      for (const [n, i] of Object.entries(t)) {
        const a = async function (u, l, f) {
            const m = new i(u);
            if (typeof l == 'function') this.send(m, l);
            else if (typeof f == 'function') {
              if (typeof l != 'object') throw new Error(`Expected http options but got ${typeof l}`);
              this.send(m, l || {}, f);
            } else return this.send(m, l);
          },
          c = (n[0].toLowerCase() + n.slice(1)).replace(/Command$/, '');
        e.prototype[c] = a;
      }
      const { paginators: s = {}, waiters: o = {} } = r ?? {};
      for (const [n, i] of Object.entries(s))
        e.prototype[n] === void 0 &&
          (e.prototype[n] = function (a = {}, c, ...u) {
            return i({ ...c, client: this }, a, ...u);
          });
      for (const [n, i] of Object.entries(o))
        e.prototype[n] === void 0 &&
          (e.prototype[n] = async function (a = {}, c, ...u) {
            let l = c;
            return (typeof c == 'number' && (l = { maxWaitTime: c }), i({ ...l, client: this }, a, ...u));
          });
    };
  });
var Ut,
  So,
  bp = d(() => {
    (Ut = class t extends Error {
      static shapeId = 'smithy.ts.sdk.synthetic.nonamespace.client#ServiceException';
      $fault;
      $response;
      $retryable;
      $metadata;
      constructor(e) {
        super(e.message),
          Object.setPrototypeOf(this, Object.getPrototypeOf(this).constructor.prototype),
          (this.name = e.name),
          (this.$fault = e.$fault),
          (this.$metadata = e.$metadata);
      }
      static isInstance(e) {
        if (!e) return !1;
        const r = e;
        return (
          t.prototype.isPrototypeOf(r) ||
          (!!r.$fault && !!r.$metadata && (r.$fault === 'client' || r.$fault === 'server'))
        );
      }
      static [Symbol.hasInstance](e) {
        if (!e) return !1;
        const r = e;
        if (this === t) return t.isInstance(e);
        if (t.isInstance(e)) {
          if (this.prototype.isPrototypeOf(e)) return !0;
          let s = Object.hasOwn(this, 'shapeId') ? this.shapeId : void 0,
            o = !1;
          if (s) {
            let i = Object.getPrototypeOf(r);
            for (; i && i !== Object.prototype; ) {
              const a = i.constructor,
                c = a !== t && Object.hasOwn(a, 'shapeId') ? a?.shapeId : void 0;
              if (c && ((o = !0), c === s)) return !0;
              i = Object.getPrototypeOf(i);
            }
          }
          if (s && o) return !1;
          const n = this.name;
          if (n && n.length >= 6) {
            if (r.name === n) return !0;
            let i = Object.getPrototypeOf(r);
            for (; i && i !== Object.prototype; ) {
              const a = i.constructor?.name;
              if (a && a !== 'Error' && a === n) return !0;
              i = Object.getPrototypeOf(i);
            }
          }
        }
        return !1;
      }
    }),
      (So = (t, e = {}) => {
        Object.entries(e)
          .filter(([, s]) => s !== void 0)
          .forEach(([s, o]) => {
            (t[s] == null || t[s] === '') && (t[s] = o);
          });
        const r = t.message || t.Message || 'UnknownError';
        return ((t.message = r), delete t.Message, t);
      });
  });
var xp,
  lx,
  I$,
  fx = d(() => {
    bp();
    (xp = ({ output: t, parsedBody: e, exceptionCtor: r, errorCode: s }) => {
      const o = I$(t),
        n = o.httpStatusCode ? o.httpStatusCode + '' : void 0,
        i = new r({ name: e?.code || e?.Code || s || n || 'UnknownError', $fault: 'client', $metadata: o });
      throw So(i, e);
    }),
      (lx =
        (t) =>
        ({ output: e, parsedBody: r, errorCode: s }) => {
          xp({ output: e, parsedBody: r, exceptionCtor: t, errorCode: s });
        }),
      (I$ = (t) => ({
        httpStatusCode: t.statusCode,
        requestId:
          t.headers['x-amzn-requestid'] ?? t.headers['x-amzn-request-id'] ?? t.headers['x-amz-request-id'],
        extendedRequestId: t.headers['x-amz-id-2'],
        cfId: t.headers['x-amz-cf-id'],
      }));
  });
var Or,
  mx = d(() => {
    Or = (t) => {
      switch (t) {
        case 'standard':
          return { retryMode: 'standard', connectionTimeout: 3100 };
        case 'in-region':
          return { retryMode: 'standard', connectionTimeout: 1100 };
        case 'cross-region':
          return { retryMode: 'standard', connectionTimeout: 3100 };
        case 'mobile':
          return { retryMode: 'standard', connectionTimeout: 3e4 };
        default:
          return {};
      }
    };
  });
var px,
  Mr,
  hx = d(() => {
    (px = !1),
      (Mr = (t) => {
        t && !px && parseInt(t.substring(1, t.indexOf('.'))) < 16 && (px = !0);
      });
  });
var Eo,
  gx,
  du,
  lu,
  _p = d(() => {
    L();
    (Eo = we(Lt())),
      (gx = Object.values(Eo.AlgorithmId)),
      (du = (t) => {
        const e = [];
        for (const r in Eo.AlgorithmId) {
          if (!R(Eo.AlgorithmId, r)) continue;
          const s = Eo.AlgorithmId[r];
          t[s] !== void 0 && e.push({ algorithmId: () => s, checksumConstructor: () => t[s] });
        }
        for (const [r, s] of Object.entries(t.checksumAlgorithms ?? {}))
          e.push({ algorithmId: () => r, checksumConstructor: () => s });
        return {
          addChecksumAlgorithm(r) {
            t.checksumAlgorithms = t.checksumAlgorithms ?? {};
            const s = r.algorithmId(),
              o = r.checksumConstructor();
            gx.includes(s) ? (t.checksumAlgorithms[s.toUpperCase()] = o) : (t.checksumAlgorithms[s] = o),
              e.push(r);
          },
          checksumAlgorithms() {
            return e;
          },
        };
      }),
      (lu = (t) => {
        const e = {};
        return (
          t.checksumAlgorithms().forEach((r) => {
            const s = r.algorithmId();
            gx.includes(s) && (e[s] = r.checksumConstructor());
          }),
          e
        );
      });
  });
var fu,
  mu,
  Ap = d(() => {
    (fu = (t) => ({
      setRetryStrategy(e) {
        t.retryStrategy = e;
      },
      retryStrategy() {
        return t.retryStrategy;
      },
    })),
      (mu = (t) => {
        const e = {};
        return ((e.retryStrategy = t.retryStrategy()), e);
      });
  });
var Zt,
  yx,
  Pr,
  Sx = d(() => {
    _p();
    Ap();
    (Zt = (t) => Object.assign(du(t), fu(t))), (yx = Zt), (Pr = (t) => Object.assign(lu(t), mu(t)));
  });
var Ex,
  wx = d(() => {
    Ex = (t) => (Array.isArray(t) ? t : [t]);
  });
var wo,
  bx = d(() => {
    L();
    wo = (t) => {
      const e = '#text';
      for (const r in t)
        R(t, r) &&
          (t[r][e] !== void 0
            ? (t[r] = t[r][e])
            : typeof t[r] == 'object' && t[r] !== null && (t[r] = wo(t[r])));
      return t;
    };
  });
var xx,
  _x = d(() => {
    xx = (t) => t != null;
  });
var ot,
  Ax = d(() => {
    ot = class {
      trace() {}
      debug() {}
      info() {}
      warn() {}
      error() {}
    };
  });
function Tp(t, e, r) {
  let s, o, n;
  if (typeof e > 'u' && typeof r > 'u') (s = {}), (n = t);
  else {
    if (((s = t), typeof e == 'function')) return ((o = e), (n = r), N$(s, o, n));
    n = e;
  }
  for (const i in n)
    if (R(n, i)) {
      if (!Array.isArray(n[i])) {
        s[i] = n[i];
        continue;
      }
      vx(s, null, n, i);
    }
  return s;
}
var Tx,
  Rx,
  N$,
  vx,
  O$,
  M$,
  Cx = d(() => {
    L();
    (Tx = (t) => {
      const e = {};
      for (const [r, s] of Object.entries(t || {})) e[r] = [, s];
      return e;
    }),
      (Rx = (t, e) => {
        const r = {};
        for (const s in e) R(e, s) && vx(r, t, e, s);
        return r;
      }),
      (N$ = (t, e, r) =>
        Tp(
          t,
          Object.entries(r).reduce(
            (s, [o, n]) => (
              Array.isArray(n) ? (s[o] = n) : typeof n == 'function' ? (s[o] = [e, n()]) : (s[o] = [e, n]), s
            ),
            {},
          ),
        )),
      (vx = (t, e, r, s) => {
        if (e !== null) {
          let i = r[s];
          typeof i == 'function' && (i = [, i]);
          const [a = O$, c = M$, u = s] = i;
          ((typeof a == 'function' && a(e[u])) || (typeof a != 'function' && a)) && (t[s] = c(e[u]));
          return;
        }
        const [o, n] = r[s];
        if (typeof n == 'function') {
          let i,
            a = o === void 0 && (i = n()) != null,
            c = (typeof o == 'function' && !!o(void 0)) || (typeof o != 'function' && !!o);
          a ? (t[s] = i) : c && (t[s] = n());
        } else {
          const i = o === void 0 && n != null,
            a = (typeof o == 'function' && !!o(n)) || (typeof o != 'function' && !!o);
          (i || a) && (t[s] = n);
        }
      }),
      (O$ = (t) => t != null),
      (M$ = (t) => t);
  });
var Ix,
  Nx,
  Ox = d(() => {
    (Ix = (t) => {
      if (t !== t) return 'NaN';
      switch (t) {
        case 1 / 0:
          return 'Infinity';
        case -1 / 0:
          return '-Infinity';
        default:
          return t;
      }
    }),
      (Nx = (t) => t.toISOString().replace('.000Z', 'Z'));
  });
var pu,
  Mx = d(() => {
    L();
    pu = (t) => {
      if (t == null) return {};
      if (Array.isArray(t)) return t.filter((e) => e != null).map(pu);
      if (typeof t == 'object') {
        const e = {};
        for (const r in t) R(t, r) && t[r] != null && (e[r] = pu(t[r]));
        return e;
      }
      return t;
    };
  });
function kr(t, e, r, s) {
  return (n, i, a, c, u = {}) => {
    const l = Object.assign({}, t, n);
    return ut
      .classBuilder()
      .ep(l)
      .m(function (f, m, p, h) {
        const y = i.call(this, f, m, p, h);
        return (y.unshift(s(p, f.getEndpointParameterInstructions())), y);
      })
      .s(e, a, u)
      .n(r, a.charAt(0).toUpperCase() + a.slice(1) + 'Command')
      .sc(c)
      .build();
  };
}
var Px = d(() => {
  wp();
});
var Hi = {};
Le(Hi, {
  AlgorithmId: () => Eo.AlgorithmId,
  Client: () => st,
  Command: () => ut,
  NoOpLogger: () => ot,
  SENSITIVE_STRING: () => cx,
  ServiceException: () => Ut,
  WaiterState: () => It,
  _json: () => pu,
  checkExceptions: () => Nb,
  constructStack: () => Ns,
  convertMap: () => Tx,
  createAggregatedClient: () => Nr,
  createWaiter: () => $b,
  decorateServiceException: () => So,
  emitWarningIfUnsupportedVersion: () => Mr,
  getArrayIfSingleItem: () => Ex,
  getChecksumConfiguration: () => du,
  getDefaultClientConfiguration: () => yx,
  getDefaultExtensionConfiguration: () => Zt,
  getRetryConfiguration: () => fu,
  getSmithyContext: () => le,
  getValueFromTextNode: () => wo,
  invalidFunction: () => Ab,
  invalidProvider: () => Rb,
  isSerializableHeaderValue: () => xx,
  loadConfigsForDefaultMode: () => Or,
  makeBuilder: () => kr,
  map: () => Tp,
  normalizeProvider: () => oe,
  resolveChecksumRuntimeConfig: () => lu,
  resolveDefaultRuntimeConfig: () => Pr,
  resolveRetryRuntimeConfig: () => mu,
  schemaLogFilter: () => Ms,
  serializeDateTime: () => Nx,
  serializeFloat: () => Ix,
  take: () => Rx,
  throwDefaultError: () => xp,
  waiterServiceDefaults: () => au,
  withBaseException: () => lx,
});
var P = d(() => {
  iu();
  L();
  L();
  Tb();
  vb();
  Lb();
  cu();
  Bb();
  wp();
  ux();
  dx();
  fx();
  mx();
  hx();
  bp();
  Sx();
  _p();
  Ap();
  wx();
  bx();
  _x();
  Ax();
  Cx();
  yp();
  Ox();
  Mx();
  Px();
});
var kx,
  Dx = d(() => {
    P();
    kx = (t) => {
      const { tls: e, endpoint: r, urlParser: s, useDualstackEndpoint: o } = t;
      return Object.assign(t, {
        tls: e ?? !0,
        endpoint: oe(typeof r == 'string' ? s(r) : r),
        isCustomEndpoint: !0,
        useDualstackEndpoint: oe(o ?? !1),
      });
    };
  });
var $x,
  Lx = d(() => {
    $x = async (t) => {
      const { tls: e = !0 } = t,
        r = await t.region();
      if (!new RegExp(/^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/).test(r))
        throw new Error('Invalid region in client config');
      const o = await t.useDualstackEndpoint(),
        n = await t.useFipsEndpoint(),
        { hostname: i } =
          (await t.regionInfoProvider(r, { useDualstackEndpoint: o, useFipsEndpoint: n })) ?? {};
      if (!i) throw new Error('Cannot resolve hostname from client config');
      return t.urlParser(`${e ? 'https:' : 'http:'}//${i}`);
    };
  });
var Bx,
  Fx = d(() => {
    P();
    Lx();
    Bx = (t) => {
      const e = oe(t.useDualstackEndpoint ?? !1),
        { endpoint: r, useFipsEndpoint: s, urlParser: o, tls: n } = t;
      return Object.assign(t, {
        tls: n ?? !0,
        endpoint: r
          ? oe(typeof r == 'string' ? o(r) : r)
          : () => $x({ ...t, useDualstackEndpoint: e, useFipsEndpoint: s }),
        isCustomEndpoint: !!r,
        useDualstackEndpoint: e,
      });
    };
  });
var Ux,
  Rp,
  vp,
  Hx,
  zx,
  Vx,
  qx,
  jx,
  Wx,
  Cp = d(() => {
    (Ux = 'AWS_EXECUTION_ENV'),
      (Rp = 'AWS_REGION'),
      (vp = 'AWS_DEFAULT_REGION'),
      (Hx = 'AWS_EC2_METADATA_DISABLED'),
      (zx = ['in-region', 'cross-region', 'mobile', 'standard', 'legacy']),
      (Vx = '/latest/meta-data/placement/region'),
      (qx = '/latest/api/token'),
      (jx = 'x-aws-ec2-metadata-token'),
      (Wx = 'x-aws-ec2-metadata-token-ttl-seconds');
  });
var Gx,
  P$,
  Jx,
  hu,
  Kx,
  k$,
  Qx,
  Ip = d(() => {
    Cp();
    (Gx = 1e3),
      (P$ = 6e4),
      (Jx = 0),
      (hu = async () => {
        if (!process.env[Hx] && !(Date.now() < Jx))
          try {
            const t = k$(),
              e = (await Qx({ ...t, path: qx, method: 'PUT', headers: { [Wx]: '21600' } })).toString();
            return (
              (await Qx({ ...t, path: Vx, method: 'GET', headers: { [jx]: e } })).toString().trim() || Kx()
            );
          } catch {
            return Kx();
          }
      }),
      (Kx = () => {
        Jx = Date.now() + P$;
      }),
      (k$ = () => {
        const t = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
        if (t) {
          const e = new URL(t);
          return { hostname: e.hostname.replace(/^\[(.+)]$/, '$1'), port: e.port ? Number(e.port) : void 0 };
        }
        return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === 'IPv6'
          ? { hostname: 'fd00:ec2::254' }
          : { hostname: '169.254.169.254' };
      }),
      (Qx = async (t) => {
        const { request: e } = await import('node:http');
        return new Promise((r, s) => {
          const o = e({
            hostname: t.hostname,
            port: t.port,
            path: t.path,
            method: t.method,
            headers: t.headers,
            timeout: Gx,
            signal: AbortSignal.timeout(Gx),
          });
          o.on('error', (n) => {
            s(n), o.destroy();
          }),
            o.on('timeout', () => {
              s(new Error('TimeoutError from instance metadata service')), o.destroy();
            }),
            o.on('response', (n) => {
              const { statusCode: i = 400 } = n;
              if (i < 200 || i >= 300) {
                s(
                  Object.assign(new Error('Error response received from instance metadata service'), {
                    statusCode: i,
                  }),
                ),
                  o.destroy();
                return;
              }
              const a = [];
              n.on('data', (c) => a.push(c)),
                n.on('end', () => {
                  r(Buffer.concat(a)), o.destroy();
                });
            }),
            o.end();
        });
      });
  });
var hn,
  gn,
  Ge,
  dt,
  Np = d(() => {
    Ip();
    (hn = 'AWS_REGION'),
      (gn = 'region'),
      (Ge = {
        environmentVariableSelector: (t) => t[hn],
        configFileSelector: (t) => t[gn],
        default: async () => {
          const t = await hu();
          if (t) return t;
          throw new Error('Region is missing');
        },
      }),
      (dt = { preferredFile: 'credentials' });
  });
var Xx,
  Yx,
  Zx = d(() => {
    L();
    (Xx = new Set()),
      (Yx = (t, e = Yt) => {
        if (!Xx.has(t) && !e(t))
          if (t === '*')
            console.warn(
              '@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.',
            );
          else throw new Error(`Region not accepted: region="${t}" is not a valid hostname component.`);
        else Xx.add(t);
      });
  });
var gu,
  Op = d(() => {
    gu = (t) => typeof t == 'string' && (t.startsWith('fips-') || t.endsWith('-fips'));
  });
var e_,
  t_ = d(() => {
    Op();
    e_ = (t) =>
      gu(t)
        ? ['fips-aws-global', 'aws-fips'].includes(t)
          ? 'us-east-1'
          : t.replace(/fips-(dkr-|prod-)?|-fips/, '')
        : t;
  });
var Nt,
  r_ = d(() => {
    Zx();
    t_();
    Op();
    Nt = (t) => {
      const { region: e, useFipsEndpoint: r } = t;
      if (!e) throw new Error('Region is missing');
      return Object.assign(t, {
        region: async () => {
          const s = typeof e == 'function' ? await e() : e,
            o = e_(s);
          return (Yx(o), o);
        },
        useFipsEndpoint: async () => {
          const s = typeof e == 'string' ? e : await e();
          return gu(s) ? !0 : typeof r != 'function' ? Promise.resolve(!!r) : r();
        },
      });
    };
  });
var Mp,
  s_ = d(() => {
    Mp = (t = [], { useFipsEndpoint: e, useDualstackEndpoint: r }) =>
      t.find(({ tags: s }) => e === s.includes('fips') && r === s.includes('dualstack'))?.hostname;
  });
var o_,
  n_ = d(() => {
    o_ = (t, { regionHostname: e, partitionHostname: r }) => e || (r ? r.replace('{region}', t) : void 0);
  });
var i_,
  a_ = d(() => {
    i_ = (t, { partitionHash: e }) => Object.keys(e || {}).find((r) => e[r].regions.includes(t)) ?? 'aws';
  });
var c_,
  u_ = d(() => {
    c_ = (t, { signingRegion: e, regionRegex: r, useFipsEndpoint: s }) => {
      if (e) return e;
      if (s) {
        const o = r.replace('\\\\', '\\').replace(/^\^/g, '\\.').replace(/\$$/g, '\\.'),
          n = t.match(o);
        if (n) return n[0].slice(1, -1);
      }
    };
  });
var d_,
  l_ = d(() => {
    s_();
    n_();
    a_();
    u_();
    d_ = (
      t,
      {
        useFipsEndpoint: e = !1,
        useDualstackEndpoint: r = !1,
        signingService: s,
        regionHash: o,
        partitionHash: n,
      },
    ) => {
      const i = i_(t, { partitionHash: n }),
        a = t in o ? t : (n[i]?.endpoint ?? t),
        c = { useFipsEndpoint: e, useDualstackEndpoint: r },
        u = Mp(o[a]?.variants, c),
        l = Mp(n[i]?.variants, c),
        f = o_(a, { regionHostname: u, partitionHostname: l });
      if (f === void 0)
        throw new Error(
          `Endpoint resolution failed for: ${{ resolvedRegion: a, useFipsEndpoint: e, useDualstackEndpoint: r }}`,
        );
      const m = c_(f, {
        signingRegion: o[a]?.signingRegion,
        regionRegex: n[i].regionRegex,
        useFipsEndpoint: e,
      });
      return {
        partition: i,
        signingService: s,
        hostname: f,
        ...(m && { signingRegion: m }),
        ...(o[a]?.signingService && { signingService: o[a].signingService }),
      };
    };
  });
var D$,
  $$,
  f_,
  m_ = d(() => {
    (D$ = 'AWS_DEFAULTS_MODE'),
      ($$ = 'defaults_mode'),
      (f_ = {
        environmentVariableSelector: (t) => t[D$],
        configFileSelector: (t) => t[$$],
        default: 'legacy',
      });
  });
var Dr,
  L$,
  B$,
  p_ = d(() => {
    Np();
    Ip();
    ip();
    Gc();
    Cp();
    m_();
    (Dr = ({ region: t = B(Ge), defaultsMode: e = B(f_) } = {}) =>
      un(async () => {
        const r = typeof e == 'function' ? await e() : e;
        switch (r?.toLowerCase()) {
          case 'auto':
            return L$(t);
          case 'in-region':
          case 'cross-region':
          case 'mobile':
          case 'standard':
          case 'legacy':
            return Promise.resolve(r?.toLocaleLowerCase());
          case void 0:
            return Promise.resolve('legacy');
          default:
            throw new Error(`Invalid parameter for "defaultsMode", expect ${zx.join(', ')}, got ${r}`);
        }
      })),
      (L$ = async (t) => {
        if (t) {
          const e = typeof t == 'function' ? await t() : t,
            r = await B$();
          return r ? (e === r ? 'in-region' : 'cross-region') : 'standard';
        }
        return 'standard';
      }),
      (B$ = async () =>
        process.env[Ux] && (process.env[Rp] || process.env[vp])
          ? (process.env[Rp] ?? process.env[vp])
          : hu());
  });
var Ht = {};
Le(Ht, {
  CONFIG_PREFIX_SEPARATOR: () => Rr,
  CONFIG_USE_DUALSTACK_ENDPOINT: () => su,
  CONFIG_USE_FIPS_ENDPOINT: () => nu,
  CredentialsProviderError: () => Cs,
  DEFAULT_PROFILE: () => Jm,
  DEFAULT_USE_DUALSTACK_ENDPOINT: () => gb,
  DEFAULT_USE_FIPS_ENDPOINT: () => Eb,
  ENV_PROFILE: () => Qm,
  ENV_USE_DUALSTACK_ENDPOINT: () => ru,
  ENV_USE_FIPS_ENDPOINT: () => ou,
  NODE_REGION_CONFIG_FILE_OPTIONS: () => dt,
  NODE_REGION_CONFIG_OPTIONS: () => Ge,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: () => vr,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: () => Cr,
  ProviderError: () => Ct,
  REGION_ENV_NAME: () => hn,
  REGION_INI_NAME: () => gn,
  SelectorType: () => Ie,
  TokenProviderError: () => qc,
  booleanSelector: () => Fe,
  chain: () => jc,
  externalDataInterceptor: () => db,
  fromStatic: () => tu,
  fromValue: () => Wc,
  getHomeDir: () => Tr,
  getProfileName: () => Jc,
  getRegionInfo: () => d_,
  getSSOTokenFilepath: () => Xc,
  getSSOTokenFromFile: () => Ww,
  loadConfig: () => B,
  loadSharedConfigFiles: () => ln,
  loadSsoSessionData: () => ob,
  memoize: () => un,
  nodeDualstackConfigSelectors: () => yb,
  nodeFipsConfigSelectors: () => wb,
  numberSelector: () => qw,
  parseKnownFiles: () => cb,
  readFile: () => ho,
  resolveCustomEndpointsConfig: () => kx,
  resolveDefaultsModeConfig: () => Dr,
  resolveEndpointsConfig: () => Bx,
  resolveRegionConfig: () => Nt,
});
var ne = d(() => {
  vi();
  Vc();
  Vw();
  Wm();
  Gm();
  Gc();
  Kc();
  jw();
  Qc();
  dn();
  Xm();
  Ym();
  Zm();
  Gw();
  Zc();
  nb();
  ub();
  lb();
  Oi();
  ip();
  np();
  Sb();
  bb();
  Dx();
  Fx();
  Np();
  r_();
  l_();
  p_();
});
var h_,
  g_,
  y_,
  S_ = d(() => {
    (h_ = 'AWS_ENDPOINT_URL'),
      (g_ = 'endpoint_url'),
      (y_ = (t) => ({
        environmentVariableSelector: (e) => {
          const r = t.split(' ').map((n) => n.toUpperCase()),
            s = e[[h_, ...r].join('_')];
          if (s) return s;
          const o = e[h_];
          if (o) return o;
        },
        configFileSelector: (e, r) => {
          if (e.services) {
            const o = ['services', e.services].join('.');
            if (!r || !r[o])
              throw new Error(
                `The services section "${e.services}" specified in the profile is not present in the shared configuration file.`,
              );
            const n = r[o],
              i = t.split(' ').map((c) => c.toLowerCase()),
              a = n[[i.join('_'), g_].join('.')];
            if (a) return a;
          }
          const s = e[g_];
          if (s) return s;
        },
        default: void 0,
      }));
  });
var F$,
  U$,
  E_,
  w_ = d(() => {
    ne();
    (F$ = 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'),
      (U$ = 'ignore_configured_endpoint_urls'),
      (E_ = {
        environmentVariableSelector: (t) => Fe(t, F$, Ie.ENV),
        configFileSelector: (t) => Fe(t, U$, Ie.CONFIG),
        default: !1,
      });
  });
var zi,
  b_ = d(() => {
    ne();
    S_();
    w_();
    zi = async (t) => {
      if (!(await B(E_)())) return B(y_(t ?? ''))();
    };
  });
var Pp,
  H$,
  z$,
  V$,
  x_,
  __,
  A_ = d(() => {
    (Pp = async (t) => {
      const e = t?.Bucket || '';
      if (
        (typeof t.Bucket == 'string' &&
          (t.Bucket = e.replace(/#/g, encodeURIComponent('#')).replace(/\?/g, encodeURIComponent('?'))),
        __(e))
      ) {
        if (t.ForcePathStyle === !0) throw new Error('Path-style addressing cannot be used with ARN buckets');
      } else
        (!x_(e) ||
          (e.indexOf('.') !== -1 && !String(t.Endpoint).startsWith('http:')) ||
          e.toLowerCase() !== e ||
          e.length < 3) &&
          (t.ForcePathStyle = !0);
      return (
        t.DisableMultiRegionAccessPoints && ((t.disableMultiRegionAccessPoints = !0), (t.DisableMRAP = !0)), t
      );
    }),
      (H$ = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/),
      (z$ = /(\d+\.){3}\d+/),
      (V$ = /\.\./),
      (x_ = (t) => H$.test(t) && !z$.test(t) && !V$.test(t)),
      (__ = (t) => {
        const [e, r, s, , , o] = t.split(':'),
          n = e === 'arn' && t.split(':').length >= 6,
          i = !!(n && r && s && o);
        if (n && !i) throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);
        return i;
      });
  });
var T_ = d(() => {
  A_();
});
var R_,
  v_ = d(() => {
    R_ = (t, e, r, s = !1) => {
      const o = async () => {
        let n;
        return (
          s ? (n = r.clientContextParams?.[t] ?? r[t] ?? r[e]) : (n = r[t] ?? r[e]),
          typeof n == 'function' ? n() : n
        );
      };
      return t === 'credentialScope' || e === 'CredentialScope'
        ? async () => {
            const n = typeof r.credentials == 'function' ? await r.credentials() : r.credentials;
            return n?.credentialScope ?? n?.CredentialScope;
          }
        : t === 'accountId' || e === 'AccountId'
          ? async () => {
              const n = typeof r.credentials == 'function' ? await r.credentials() : r.credentials;
              return n?.accountId ?? n?.AccountId;
            }
          : t === 'endpoint' || e === 'endpoint'
            ? async () => {
                if (r.isCustomEndpoint === !1) return;
                const n = await o();
                if (n && typeof n == 'object') {
                  if ('url' in n) return n.url.href;
                  if ('hostname' in n) {
                    const { protocol: i, hostname: a, port: c, path: u } = n;
                    return `${i}//${a}${c ? ':' + c : ''}${u}`;
                  }
                }
                return n;
              }
            : o;
    };
  });
var yu = d(() => {
  L();
});
function Su(t) {
  return async (e, r, s, o) => {
    if (!s.isCustomEndpoint && !s.ignoreConfiguredEndpointUrls) {
      let a;
      s.serviceConfiguredEndpoint ? (a = await s.serviceConfiguredEndpoint()) : (a = await t(s.serviceId)),
        a &&
          ((s.endpoint = () => Promise.resolve(Rt(a))),
          (s.isCustomEndpoint = !0),
          o?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${a}`));
    }
    const n = await Vi(e, r, s);
    if (typeof s.endpointProvider != 'function') throw new Error('config.endpointProvider is not set.');
    const i = s.endpointProvider(n, o);
    if (s.isCustomEndpoint && s.endpoint) {
      const a = await s.endpoint();
      if (a?.headers) {
        i.headers ??= {};
        for (const [c, u] of Object.entries(a.headers)) i.headers[c] = Array.isArray(u) ? u : [u];
      }
    }
    return i;
  };
}
var Vi,
  Eu = d(() => {
    T_();
    v_();
    yu();
    Vi = async (t, e, r) => {
      const s = {},
        o = e?.getEndpointParameterInstructions?.() || {};
      for (const [n, i] of Object.entries(o))
        switch (i.type) {
          case 'staticContextParams':
            s[n] = i.value;
            break;
          case 'contextParams':
            s[n] = t[i.name];
            break;
          case 'clientContextParams':
          case 'builtInParams':
            s[n] = await R_(i.name, n, r, i.type !== 'builtInParams')();
            break;
          case 'operationContextParams':
            s[n] = i.get(t);
            break;
          default:
            throw new Error('Unrecognized endpoint parameter instruction: ' + JSON.stringify(i));
        }
      return (
        Object.keys(o).length === 0 && Object.assign(s, r),
        String(r.serviceId).toLowerCase() === 's3' && (await Pp(s)),
        s
      );
    };
  });
function q$(t, e, r) {
  t.__smithy_context
    ? t.__smithy_context.features || (t.__smithy_context.features = {})
    : (t.__smithy_context = { features: {} }),
    (t.__smithy_context.features[e] = r);
}
function wu(t) {
  const e = Su(t);
  return ({ config: r, instructions: s }) =>
    (o, n) =>
    async (i) => {
      r.isCustomEndpoint && q$(n, 'ENDPOINT_OVERRIDE', 'N');
      const a = await e(
        i.input,
        {
          getEndpointParameterInstructions() {
            return s;
          },
        },
        { ...r },
        n,
      );
      (n.endpointV2 = a), (n.authSchemes = a.properties?.authSchemes);
      const c = n.authSchemes?.[0];
      if (c) {
        (n.signing_region = c.signingRegion), (n.signing_service = c.signingName);
        const l = le(n)?.selectedHttpAuthScheme?.httpAuthOption;
        l &&
          (l.signingProperties = Object.assign(
            l.signingProperties || {},
            {
              signing_region: c.signingRegion,
              signingRegion: c.signingRegion,
              signing_service: c.signingName,
              signingName: c.signingName,
              signingRegionSet: c.signingRegionSet,
            },
            c.properties,
          ));
      }
      return o({ ...i });
    };
}
var kp = d(() => {
  L();
  Eu();
});
function C_(t) {
  const e = wu(t);
  return (r, s) => ({
    applyToStack: (o) => {
      o.addRelativeTo(e({ config: r, instructions: s }), Dp);
    },
  });
}
var j$,
  Dp,
  $p = d(() => {
    kp();
    (j$ = { name: 'serializerMiddleware', step: 'serialize', tags: ['SERIALIZER'], override: !0 }),
      (Dp = {
        step: 'serialize',
        tags: ['ENDPOINT_PARAMETERS', 'ENDPOINT_V2', 'ENDPOINT'],
        name: 'endpointV2Middleware',
        override: !0,
        relation: 'before',
        toMiddleware: j$.name,
      });
  });
function I_(t) {
  return (e) => {
    let r = e.tls ?? !0,
      { endpoint: s, useDualstackEndpoint: o, useFipsEndpoint: n } = e,
      i = s != null ? async () => Rt(await oe(s)()) : void 0,
      c = Object.assign(e, {
        endpoint: i,
        tls: r,
        isCustomEndpoint: !!s,
        useDualstackEndpoint: oe(o ?? !1),
        useFipsEndpoint: oe(n ?? !1),
        ignoreConfiguredEndpointUrls: !!e.ignoreConfiguredEndpointUrls,
      }),
      u;
    return ((c.serviceConfiguredEndpoint = async () => (e.serviceId && !u && (u = t(e.serviceId)), u)), c);
  };
}
var N_ = d(() => {
  L();
  yu();
});
var zt,
  O_ = d(() => {
    zt = class t {
      nodes;
      root;
      conditions;
      results;
      constructor(e, r, s, o) {
        (this.nodes = e), (this.root = r), (this.conditions = s), (this.results = o);
      }
      static from(e, r, s, o) {
        return new t(e, r, s, o);
      }
    };
  });
var Vt,
  M_ = d(() => {
    Vt = class {
      capacity;
      data = new Map();
      parameters = [];
      constructor({ size: e, params: r }) {
        (this.capacity = e ?? 50), r && (this.parameters = r);
      }
      get(e, r) {
        const s = this.hash(e);
        if (s === !1) return r();
        if (!this.data.has(s)) {
          if (this.data.size > this.capacity + 10) {
            let o = this.data.keys(),
              n = 0;
            for (;;) {
              const { value: i, done: a } = o.next();
              if ((this.data.delete(i), a || ++n > 10)) break;
            }
          }
          this.data.set(s, r());
        }
        return this.data.get(s);
      }
      size() {
        return this.data.size;
      }
      hash(e) {
        let r = '',
          { parameters: s } = this;
        if (s.length === 0) return !1;
        for (const o of s) {
          const n = e[o],
            i = n == null ? '\0' : String(n);
          if (i.includes('|;')) return !1;
          r += i + '|;';
        }
        return r;
      }
    };
  });
var K,
  P_ = d(() => {
    K = class extends Error {
      constructor(e) {
        super(e), (this.name = 'EndpointError');
      }
    };
  });
var Ot = d(() => {
  P_();
});
var $r,
  k_ = d(() => {
    $r = 'endpoints';
  });
function Mt(t) {
  return typeof t != 'object' || t == null
    ? t
    : 'ref' in t
      ? `$${Mt(t.ref)}`
      : 'fn' in t
        ? `${t.fn}(${(t.argv || []).map(Mt).join(', ')})`
        : JSON.stringify(t, null, 2);
}
var D_ = d(() => {});
var qi = d(() => {
  k_();
  D_();
});
var ht,
  Lp = d(() => {
    ht = {};
  });
var Bp,
  $_ = d(() => {
    Bp = (t, e) => t === e;
  });
function Fp(...t) {
  for (const e of t) if (e != null) return e;
}
var L_ = d(() => {});
var B_,
  F_ = d(() => {
    Ot();
    B_ = (t) => {
      const e = t.split('.'),
        r = [];
      for (const s of e) {
        const o = s.indexOf('[');
        if (o !== -1) {
          if (s.indexOf(']') !== s.length - 1) throw new K(`Path: '${t}' does not end with ']'`);
          const n = s.slice(o + 1, -1);
          if (Number.isNaN(parseInt(n))) throw new K(`Invalid array index: '${n}' in path: '${t}'`);
          o !== 0 && r.push(s.slice(0, o)), r.push(n);
        } else r.push(s);
      }
      return r;
    };
  });
var ji,
  U_ = d(() => {
    Ot();
    F_();
    ji = (t, e) =>
      B_(e).reduce((r, s) => {
        if (typeof r != 'object') throw new K(`Index '${s}' in '${e}' not found in '${JSON.stringify(t)}'`);
        if (Array.isArray(r)) {
          const o = parseInt(s);
          return r[o < 0 ? r.length + o : o];
        }
        return r[s];
      }, t);
  });
var Up,
  H_ = d(() => {
    Up = (t) => t != null;
  });
function Hp(t, e, r) {
  return t ? e : r;
}
var z_ = d(() => {});
var zp,
  V_ = d(() => {
    zp = (t) => !t;
  });
var W$,
  us,
  Vp = d(() => {
    (W$ = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)){3}$/),
      (us = (t) => W$.test(t) || (t.startsWith('[') && t.endsWith(']')));
  });
var bu,
  qp,
  jp,
  q_ = d(() => {
    bu = we(Lt());
    Vp();
    (qp = { [bu.EndpointURLScheme.HTTP]: 80, [bu.EndpointURLScheme.HTTPS]: 443 }),
      (jp = (t) => {
        const e = (() => {
          try {
            if (t instanceof URL) return t;
            if (typeof t == 'object' && 'hostname' in t) {
              const { hostname: m, port: p, protocol: h = '', path: y = '', query: g = {} } = t,
                w = new URL(`${h}//${m}${p ? `:${p}` : ''}${y}`);
              return (
                (w.search = Object.entries(g)
                  .map(([b, _]) => `${b}=${_}`)
                  .join('&')),
                w
              );
            }
            return new URL(t);
          } catch {
            return null;
          }
        })();
        if (!e) return (console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`), null);
        const r = e.href,
          { host: s, hostname: o, pathname: n, protocol: i, search: a } = e;
        if (a) return null;
        const c = i.slice(0, -1);
        if (!Object.values(bu.EndpointURLScheme).includes(c)) return null;
        const u = us(o),
          l = r.includes(`${s}:${qp[c]}`) || (typeof t == 'string' && t.includes(`${s}:${qp[c]}`)),
          f = `${s}${l ? `:${qp[c]}` : ''}`;
        return { scheme: c, authority: f, path: n, normalizedPath: n.endsWith('/') ? n : `${n}/`, isIp: u };
      });
  });
function Wp(t, e, r) {
  if (r === 1) return [t];
  if (t === '') return [''];
  const s = t.split(e);
  return r === 0 ? s : s.slice(0, r - 1).concat(s.slice(1).join(e));
}
var j_ = d(() => {});
var Gp,
  W_ = d(() => {
    Gp = (t, e) => t === e;
  });
var Kp,
  G_ = d(() => {
    Kp = (t, e, r, s) =>
      t == null || e >= r || t.length < r || /[^\u0000-\u007f]/.test(t)
        ? null
        : s
          ? t.substring(t.length - r, t.length - e)
          : t.substring(e, r);
  });
var Qp,
  K_ = d(() => {
    Qp = (t) =>
      encodeURIComponent(t).replace(/[!*'()]/g, (e) => `%${e.charCodeAt(0).toString(16).toUpperCase()}`);
  });
var Jp = d(() => {
  $_();
  L_();
  U_();
  H_();
  L();
  z_();
  V_();
  q_();
  j_();
  W_();
  G_();
  K_();
});
var Q_,
  J_ = d(() => {
    Jp();
    Q_ = {
      booleanEquals: Bp,
      coalesce: Fp,
      getAttr: ji,
      isSet: Up,
      isValidHostLabel: Yt,
      ite: Hp,
      not: zp,
      parseURL: jp,
      split: Wp,
      stringEquals: Gp,
      substring: Kp,
      uriEncode: Qp,
    };
  });
var xu,
  Xp = d(() => {
    Jp();
    xu = (t, e) => {
      let r = [],
        { referenceRecord: s, endpointParams: o } = e,
        n = 0;
      for (; n < t.length; ) {
        const i = t.indexOf('{', n);
        if (i === -1) {
          r.push(t.slice(n));
          break;
        }
        r.push(t.slice(n, i));
        const a = t.indexOf('}', i);
        if (a === -1) {
          r.push(t.slice(i));
          break;
        }
        t[i + 1] === '{' && t[a + 1] === '}' && (r.push(t.slice(i + 1, a)), (n = a + 2));
        const c = t.substring(i + 1, a);
        if (c.includes('#')) {
          const [u, l] = c.split('#');
          r.push(ji(s[u] ?? o[u], l));
        } else r.push(s[c] ?? o[c]);
        n = a + 1;
      }
      return r.join('');
    };
  });
var X_,
  Y_ = d(() => {
    X_ = ({ ref: t }, e) => e.referenceRecord[t] ?? e.endpointParams[t];
  });
var ds,
  _u,
  Z_,
  yn = d(() => {
    Ot();
    Lp();
    J_();
    Xp();
    Y_();
    (ds = (t, e, r) => {
      if (typeof t == 'string') return xu(t, r);
      if (t.fn) return Z_.callFunction(t, r);
      if (t.ref) return X_(t, r);
      throw new K(`'${e}': ${String(t)} is not a string, function or reference.`);
    }),
      (_u = ({ fn: t, argv: e }, r) => {
        const s = Array(e.length);
        for (let i = 0; i < s.length; ++i) {
          const a = e[i];
          typeof a == 'boolean' || typeof a == 'number'
            ? (s[i] = a)
            : (s[i] = Z_.evaluateExpression(a, 'arg', r));
        }
        const o = t.indexOf('.');
        if (o !== -1) {
          const a = ht[t.slice(0, o)]?.[t.slice(o + 1)];
          if (typeof a == 'function') return a(...s);
        }
        const n = Q_[t];
        if (typeof n == 'function') return n(...s);
        throw new Error(`function ${t} not loaded in endpointFunctions.`);
      }),
      (Z_ = { evaluateExpression: ds, callFunction: _u });
  });
var e0 = d(() => {
  yn();
});
var Au,
  Yp = d(() => {
    qi();
    Ot();
    e0();
    Au = (t, e) => {
      const { assign: r } = t;
      if (r && r in e.referenceRecord) throw new K(`'${r}' is already defined in Reference Record.`);
      const s = _u(t, e);
      e.logger?.debug?.(`${$r} evaluateCondition: ${Mt(t)} = ${Mt(s)}`);
      const o = s === '' ? !0 : !!s;
      return r != null ? { result: o, toAssign: { name: r, value: s } } : { result: o };
    };
  });
var Tu,
  Zp = d(() => {
    Ot();
    yn();
    Tu = (t, e) =>
      Object.entries(t ?? {}).reduce(
        (r, [s, o]) => (
          (r[s] = o.map((n) => {
            const i = ds(n, 'Header value entry', e);
            if (typeof i != 'string') throw new K(`Header '${s}' value '${i}' is not a string`);
            return i;
          })),
          r
        ),
        {},
      );
  });
var Wi,
  t0,
  r0,
  eh = d(() => {
    Ot();
    Xp();
    (Wi = (t, e) => Object.entries(t).reduce((r, [s, o]) => ((r[s] = r0.getEndpointProperty(o, e)), r), {})),
      (t0 = (t, e) => {
        if (Array.isArray(t)) return t.map((r) => t0(r, e));
        switch (typeof t) {
          case 'string':
            return xu(t, e);
          case 'object':
            if (t === null) throw new K(`Unexpected endpoint property: ${t}`);
            return r0.getEndpointProperties(t, e);
          case 'boolean':
            return t;
          default:
            throw new K(`Unexpected endpoint property type: ${typeof t}`);
        }
      }),
      (r0 = { getEndpointProperty: t0, getEndpointProperties: Wi });
  });
var Ru,
  th = d(() => {
    Ot();
    yn();
    Ru = (t, e) => {
      const r = ds(t, 'Endpoint URL', e);
      if (typeof r == 'string')
        try {
          return new URL(r);
        } catch (s) {
          throw (console.error(`Failed to construct URL with ${r}`, s), s);
        }
      throw new K(`Endpoint URL must be a string, got ${typeof r}`);
    };
  });
var rh,
  Lr,
  s0 = d(() => {
    Ot();
    Yp();
    yn();
    Zp();
    eh();
    th();
    (rh = 1e8),
      (Lr = (t, e) => {
        let { nodes: r, root: s, results: o, conditions: n } = t,
          i = s,
          a = {},
          c = { referenceRecord: a, endpointParams: e.endpointParams, logger: e.logger };
        for (; i !== 1 && i !== -1 && i < rh; ) {
          const u = 3 * (Math.abs(i) - 1),
            [l, f, m] = [r[u], r[u + 1], r[u + 2]],
            [p, h, y] = n[l],
            g = Au({ fn: p, assign: y, argv: h }, c);
          if (g.toAssign) {
            const { name: w, value: b } = g.toAssign;
            a[w] = b;
          }
          i = i >= 0 === g.result ? f : m;
        }
        if (i >= rh) {
          const u = o[i - rh];
          if (u[0] === -1) {
            const [, p] = u;
            throw new K(ds(p, 'Error', c));
          }
          const [l, f, m] = u;
          return { url: Ru(l, c), properties: Wi(f, c), headers: Tu(m ?? {}, c) };
        }
        throw new K('No matching endpoint.');
      });
  });
var Sn,
  vu = d(() => {
    qi();
    Yp();
    Sn = (t = [], e) => {
      let r = {},
        s = { ...e, referenceRecord: { ...e.referenceRecord } },
        o = !1;
      for (const n of t) {
        const { result: i, toAssign: a } = Au(n, s);
        if (!i) return { result: i };
        a &&
          ((o = !0),
          (r[a.name] = a.value),
          (s.referenceRecord[a.name] = a.value),
          e.logger?.debug?.(`${$r} assign: ${a.name} := ${Mt(a.value)}`));
      }
      return o ? { result: !0, referenceRecord: r } : { result: !0 };
    };
  });
var o0,
  n0 = d(() => {
    qi();
    vu();
    Zp();
    eh();
    th();
    o0 = (t, e) => {
      const { conditions: r, endpoint: s } = t,
        { result: o, referenceRecord: n } = Sn(r, e);
      if (!o) return;
      const i = n ? { ...e, referenceRecord: { ...e.referenceRecord, ...n } } : e,
        { url: a, properties: c, headers: u } = s;
      e.logger?.debug?.(`${$r} Resolving endpoint from template: ${Mt(s)}`);
      const l = { url: Ru(a, i) };
      return (u != null && (l.headers = Tu(u, i)), c != null && (l.properties = Wi(c, i)), l);
    };
  });
var i0,
  a0 = d(() => {
    Ot();
    vu();
    yn();
    i0 = (t, e) => {
      const { conditions: r, error: s } = t,
        { result: o, referenceRecord: n } = Sn(r, e);
      if (!o) return;
      const i = n ? { ...e, referenceRecord: { ...e.referenceRecord, ...n } } : e;
      throw new K(ds(s, 'Error', i));
    };
  });
var Cu,
  c0,
  sh,
  u0 = d(() => {
    Ot();
    vu();
    n0();
    a0();
    (Cu = (t, e) => {
      for (const r of t)
        if (r.type === 'endpoint') {
          const s = o0(r, e);
          if (s) return s;
        } else if (r.type === 'error') i0(r, e);
        else if (r.type === 'tree') {
          const s = sh.evaluateTreeRule(r, e);
          if (s) return s;
        } else throw new K(`Unknown endpoint rule: ${r}`);
      throw new K('Rules evaluation failed');
    }),
      (c0 = (t, e) => {
        const { conditions: r, rules: s } = t,
          { result: o, referenceRecord: n } = Sn(r, e);
        if (!o) return;
        const i = n ? { ...e, referenceRecord: { ...e.referenceRecord, ...n } } : e;
        return sh.evaluateRules(s, i);
      }),
      (sh = { evaluateRules: Cu, evaluateTreeRule: c0 });
  });
var d0 = d(() => {
  u0();
});
var Gi,
  l0 = d(() => {
    L();
    qi();
    Ot();
    d0();
    Gi = (t, e) => {
      const { endpointParams: r, logger: s } = e,
        { parameters: o, rules: n } = t;
      e.logger?.debug?.(`${$r} Initial EndpointParams: ${Mt(r)}`);
      for (const a in o) {
        if (!R(o, a)) continue;
        const c = o[a],
          u = r[a];
        if (u == null && c.default != null) {
          r[a] = c.default;
          continue;
        }
        if (c.required && u == null) throw new K(`Missing required parameter: '${a}'`);
      }
      const i = Cu(n, { endpointParams: r, logger: s, referenceRecord: {} });
      return (e.logger?.debug?.(`${$r} Resolved endpoint: ${Mt(i)}`), i);
    };
  });
var f0,
  m0 = d(() => {
    f0 = (t) => {
      const { endpoint: e } = t;
      return (
        e === void 0 &&
          (t.endpoint = async () => {
            throw new Error(
              '@smithy/middleware-endpoint: (default endpointRuleSet) endpoint is not set - you must configure an endpoint.',
            );
          }),
        t
      );
    };
  });
var p0 = {};
Le(p0, {
  BinaryDecisionDiagram: () => zt,
  EndpointCache: () => Vt,
  EndpointError: () => K,
  customEndpointFunctions: () => ht,
  decideEndpoint: () => Lr,
  endpointMiddleware: () => K$,
  endpointMiddlewareOptions: () => Dp,
  getEndpointFromInstructions: () => G$,
  getEndpointPlugin: () => fs,
  isIpAddress: () => us,
  isValidHostLabel: () => Yt,
  middlewareEndpointToEndpointV1: () => Rt,
  resolveEndpoint: () => Gi,
  resolveEndpointConfig: () => ls,
  resolveEndpointRequiredConfig: () => f0,
  resolveParams: () => Vi,
  toEndpointV1: () => Rt,
});
var G$,
  ls,
  K$,
  fs,
  me = d(() => {
    b_();
    Eu();
    kp();
    $p();
    N_();
    L();
    O_();
    M_();
    s0();
    Vp();
    L();
    Lp();
    l0();
    Ot();
    Eu();
    yu();
    $p();
    m0();
    (G$ = Su(zi)), (ls = I_(zi)), (K$ = wu(zi)), (fs = C_(zi));
  });
var Iu,
  oh = d(() => {
    me();
    Iu = (t, e) => (r, s) => async (o) => {
      const n = t,
        i = s.endpointV2 ? async () => Rt(s.endpointV2) : n.endpoint;
      if (!i) throw new Error('No valid endpoint provider available.');
      const a = await e(o.input, { ...t, endpoint: i });
      return r({ ...o, request: a });
    };
  });
function h0(t, e, r) {
  return {
    applyToStack: (s) => {
      s.add(zc(t, r), nh), s.add(Iu(t, e), ih);
    },
  };
}
var nh,
  ih,
  g0 = d(() => {
    jm();
    oh();
    (nh = { name: 'deserializerMiddleware', step: 'deserialize', tags: ['DESERIALIZER'], override: !0 }),
      (ih = { name: 'serializerMiddleware', step: 'serialize', tags: ['SERIALIZER'], override: !0 });
  });

import { createHmac as J$, createHash as Q$ } from 'node:crypto';

function y0(t, e) {
  return Buffer.isBuffer(t)
    ? t
    : typeof t == 'string'
      ? _s(t, e)
      : ArrayBuffer.isView(t)
        ? Jt(t.buffer, t.byteOffset, t.byteLength)
        : Jt(t);
}
var Nu,
  S0 = d(() => {
    As();
    Vm();
    Nu = class {
      algorithmIdentifier;
      secret;
      hash;
      constructor(e, r) {
        (this.algorithmIdentifier = e), (this.secret = r), this.reset();
      }
      update(e, r) {
        this.hash.update(ct(y0(e, r)));
      }
      digest() {
        return Promise.resolve(this.hash.digest());
      }
      reset() {
        this.hash = this.secret
          ? J$(this.algorithmIdentifier, y0(this.secret))
          : Q$(this.algorithmIdentifier);
      }
    };
  });

import { Readable as X$ } from 'node:stream';

var En,
  ah = d(() => {
    bm();
    En = class extends X$ {
      expectedChecksum;
      checksumSourceLocation;
      checksum;
      source;
      base64Encoder;
      constructor({
        expectedChecksum: e,
        checksum: r,
        source: s,
        checksumSourceLocation: o,
        base64Encoder: n,
      }) {
        if ((super(), typeof s.pipe != 'function'))
          throw new Error(
            `@smithy/util-stream: unsupported source type ${s?.constructor?.name ?? s} in ChecksumStream.`,
          );
        (this.source = s),
          (this.base64Encoder = n ?? ue),
          (this.expectedChecksum = e),
          (this.checksum = r),
          (this.checksumSourceLocation = o),
          this.source.on('data', this.onSourceData),
          this.source.on('end', this.onSourceEnd),
          this.source.on('error', this.onSourceError),
          this.source.on('close', this.onSourceClose),
          this.source.pause();
      }
      onSourceData = (e) => {
        if (!this.destroyed) {
          try {
            this.checksum.update(e);
          } catch (r) {
            this.destroy(r);
            return;
          }
          this.push(e) || this.source.pause();
        }
      };
      onSourceEnd = async () => {
        if (!this.destroyed) {
          try {
            const e = await this.checksum.digest(),
              r = this.base64Encoder(e);
            if (this.expectedChecksum !== r) {
              this.destroy(
                new Error(
                  `Checksum mismatch: expected "${this.expectedChecksum}" but received "${r}" in response header "${this.checksumSourceLocation}".`,
                ),
              );
              return;
            }
          } catch (e) {
            this.destroy(e);
            return;
          }
          this.push(null);
        }
      };
      onSourceError = (e) => {
        this.destroy(e);
      };
      onSourceClose = () => {
        !this.destroyed &&
          !this.source.readableEnded &&
          this.destroy(new Error('Connection lost or stream closed before all data was received.'));
      };
      _read(e) {
        this.source.resume();
      }
      _destroy(e, r) {
        this.source?.removeListener('data', this.onSourceData),
          this.source?.removeListener('end', this.onSourceEnd),
          this.source?.removeListener('error', this.onSourceError),
          this.source?.removeListener('close', this.onSourceClose),
          this.source?.destroy(),
          r(e);
      }
    };
  });
var Pe,
  Ps,
  er = d(() => {
    (Pe = (t) =>
      typeof ReadableStream == 'function' &&
      (t?.constructor?.name === ReadableStream.name || t instanceof ReadableStream)),
      (Ps = (t) => typeof Blob == 'function' && (t?.constructor?.name === Blob.name || t instanceof Blob));
  });
var E0,
  w0 = d(() => {
    E0 = (t) => new TextEncoder().encode(t);
  });
var b0,
  vJ,
  x0,
  Ou,
  ch,
  _0,
  A0 = d(() => {
    (b0 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'),
      (vJ = Object.entries(b0).reduce((t, [e, r]) => ((t[r] = Number(e)), t), {})),
      (x0 = b0.split('')),
      (Ou = 6),
      (ch = 8),
      (_0 = 63);
  });
function Mu(t) {
  let e;
  typeof t == 'string' ? (e = E0(t)) : (e = t);
  const r = typeof e == 'object' && typeof e.length == 'number',
    s = typeof e == 'object' && typeof e.byteOffset == 'number' && typeof e.byteLength == 'number';
  if (!r && !s)
    throw new Error('@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.');
  let o = '';
  for (let n = 0; n < e.length; n += 3) {
    let i = 0,
      a = 0;
    for (let u = n, l = Math.min(n + 3, e.length); u < l; u++) (i |= e[u] << ((l - u - 1) * ch)), (a += ch);
    const c = Math.ceil(a / Ou);
    i <<= c * Ou - a;
    for (let u = 1; u <= c; u++) {
      const l = (c - u) * Ou;
      o += x0[(i & (_0 << l)) >> l];
    }
    o += '=='.slice(0, 4 - c);
  }
  return o;
}
var uh = d(() => {
  w0();
  A0();
});
var Y$,
  Pu,
  T0 = d(() => {
    (Y$ = typeof ReadableStream == 'function' ? ReadableStream : () => {}), (Pu = class extends Y$ {});
  });
var R0,
  v0 = d(() => {
    uh();
    er();
    T0();
    R0 = ({ expectedChecksum: t, checksum: e, source: r, checksumSourceLocation: s, base64Encoder: o }) => {
      if (!Pe(r))
        throw new Error(
          `@smithy/util-stream: unsupported source type ${r?.constructor?.name ?? r} in ChecksumStream.`,
        );
      const n = o ?? Mu;
      if (typeof TransformStream != 'function')
        throw new Error(
          '@smithy/util-stream: unable to instantiate ChecksumStream because API unavailable: ReadableStream/TransformStream.',
        );
      const i = new TransformStream({
        start() {},
        async transform(c, u) {
          e.update(c), u.enqueue(c);
        },
        async flush(c) {
          const u = await e.digest(),
            l = n(u);
          if (t !== l) {
            const f = new Error(
              `Checksum mismatch: expected "${t}" but received "${l}" in response header "${s}".`,
            );
            c.error(f);
          } else c.terminate();
        },
      });
      r.pipeThrough(i);
      const a = i.readable;
      return (Object.setPrototypeOf(a, Pu.prototype), a);
    };
  });
function C0(t) {
  return typeof ReadableStream == 'function' && Pe(t.source) ? R0(t) : new En(t);
}
var I0 = d(() => {
  er();
  ah();
  v0();
});
var bo,
  dh = d(() => {
    bo = class {
      allocByteArray;
      byteLength = 0;
      byteArrays = [];
      constructor(e) {
        this.allocByteArray = e;
      }
      push(e) {
        this.byteArrays.push(e), (this.byteLength += e.byteLength);
      }
      flush() {
        if (this.byteArrays.length === 1) {
          const s = this.byteArrays[0];
          return (this.reset(), s);
        }
        let e = this.allocByteArray(this.byteLength),
          r = 0;
        for (let s = 0; s < this.byteArrays.length; ++s) {
          const o = this.byteArrays[s];
          e.set(o, r), (r += o.byteLength);
        }
        return (this.reset(), e);
      }
      reset() {
        (this.byteArrays = []), (this.byteLength = 0);
      }
    };
  });
function N0(t, e, r) {
  let s = t.getReader(),
    o = !1,
    n = 0,
    i = ['', new bo((u) => new Uint8Array(u))],
    a = -1,
    c = async (u) => {
      const { value: l, done: f } = await s.read(),
        m = l;
      if (f) {
        if (a !== -1) {
          const p = xo(i, a);
          ms(p) > 0 && u.enqueue(p);
        }
        u.close();
      } else {
        const p = fh(m, !1);
        if ((a !== p && (a >= 0 && u.enqueue(xo(i, a)), (a = p)), a === -1)) {
          u.enqueue(m);
          return;
        }
        const h = ms(m);
        n += h;
        const y = ms(i[a]);
        if (h >= e && y === 0) u.enqueue(m);
        else {
          const g = lh(i, a, m);
          !o &&
            n > e * 2 &&
            ((o = !0),
            r?.warn(
              `@smithy/util-stream - stream chunk size ${h} is below threshold of ${e}, automatically buffering.`,
            )),
            g >= e ? u.enqueue(xo(i, a)) : await c(u);
        }
      }
    };
  return new ReadableStream({ pull: c });
}
function lh(t, e, r) {
  switch (e) {
    case 0:
      return ((t[0] += r), ms(t[0]));
    case 1:
    case 2:
      return (t[e].push(r), ms(t[e]));
  }
}
function xo(t, e) {
  switch (e) {
    case 0: {
      const r = t[0];
      return ((t[0] = ''), r);
    }
    case 1:
    case 2:
      return t[e].flush();
  }
  throw new Error(`@smithy/util-stream - invalid index ${e} given to flush()`);
}
function ms(t) {
  return t?.byteLength ?? t?.length ?? 0;
}
function fh(t, e = !0) {
  return e && typeof Buffer < 'u' && t instanceof Buffer
    ? 2
    : t instanceof Uint8Array
      ? 1
      : typeof t == 'string'
        ? 0
        : -1;
}
var O0 = d(() => {
  dh();
});

import { Readable as Z$ } from 'node:stream';

function M0(t, e, r) {
  if (Pe(t)) return N0(t, e, r);
  let s = new Z$({ read() {} }),
    o = !1,
    n = 0,
    i = ['', new bo((c) => new Uint8Array(c)), new bo((c) => Buffer.from(new Uint8Array(c)))],
    a = -1;
  return (
    t.on('data', (c) => {
      const u = fh(c, !0);
      if ((a !== u && (a >= 0 && s.push(xo(i, a)), (a = u)), a === -1)) {
        s.push(c);
        return;
      }
      const l = ms(c);
      n += l;
      const f = ms(i[a]);
      if (l >= e && f === 0) s.push(c);
      else {
        const m = lh(i, a, c);
        !o &&
          n > e * 2 &&
          ((o = !0),
          r?.warn(
            `@smithy/util-stream - stream chunk size ${l} is below threshold of ${e}, automatically buffering.`,
          )),
          m >= e && s.push(xo(i, a));
      }
    }),
    t.on('end', () => {
      if (a !== -1) {
        const c = xo(i, a);
        ms(c) > 0 && s.push(c);
      }
      s.push(null);
    }),
    s
  );
}
var P0 = d(() => {
  dh();
  O0();
  er();
});
var k0,
  D0 = d(() => {
    k0 = (t, e) => {
      const {
          base64Encoder: r,
          bodyLengthChecker: s,
          checksumAlgorithmFn: o,
          checksumLocationName: n,
          streamHasher: i,
        } = e,
        a = r !== void 0 && s !== void 0 && o !== void 0 && n !== void 0 && i !== void 0,
        c = a ? i(o, t) : void 0;
      Promise.resolve(c).catch(() => {});
      const u = t.getReader();
      return new ReadableStream({
        async pull(l) {
          const { value: f, done: m } = await u.read();
          if (m) {
            if (
              (l.enqueue(`0\r
`),
              a)
            ) {
              const p = r(await c);
              l.enqueue(`${n}:${p}\r
`),
                l.enqueue(`\r
`);
            }
            l.close();
          } else
            l.enqueue(`${(s(f) || 0).toString(16)}\r
${f}\r
`);
        },
      });
    };
  });

import { Readable as eL } from 'node:stream';

function $0(t, e) {
  const r = t,
    s = t;
  if (Pe(s)) return k0(s, e);
  const {
      base64Encoder: o,
      bodyLengthChecker: n,
      checksumAlgorithmFn: i,
      checksumLocationName: a,
      streamHasher: c,
    } = e,
    u = o !== void 0 && i !== void 0 && a !== void 0 && c !== void 0,
    l = u ? c(i, r) : void 0;
  Promise.resolve(l).catch(() => {});
  const f = new eL({
    read() {
      r.resume();
    },
  });
  return (
    r.on('data', (m) => {
      const p = n(m) || 0;
      p !== 0 &&
        (f.push(`${p.toString(16)}\r
`),
        f.push(m),
        f.push(`\r
`) || r.pause());
    }),
    r.on('error', (m) => {
      f.destroy(m);
    }),
    r.pause(),
    r.on('end', async () => {
      try {
        if (
          (f.push(`0\r
`),
          u)
        ) {
          const m = o(await l);
          f.push(`${a}:${m}\r
`),
            f.push(`\r
`);
        }
        f.push(null);
      } catch (m) {
        f.destroy(m);
      }
    }),
    f
  );
}
var L0 = d(() => {
  D0();
  er();
});
async function B0(t, e) {
  let r = 0,
    s = [],
    o = t.getReader(),
    n = !1;
  for (; !n; ) {
    const { done: c, value: u } = await o.read();
    if ((u && (s.push(u), (r += u?.byteLength ?? 0)), r >= e)) break;
    n = c;
  }
  o.releaseLock();
  let i = new Uint8Array(Math.min(e, r)),
    a = 0;
  for (const c of s) {
    if (c.byteLength > i.byteLength - a) {
      i.set(c.subarray(0, i.byteLength - a), a);
      break;
    } else i.set(c, a);
    a += c.length;
  }
  return i;
}
var F0 = d(() => {});

import { Writable as tL } from 'node:stream';

var U0,
  mh,
  H0 = d(() => {
    Ri();
    F0();
    er();
    (U0 = (t, e) =>
      Pe(t)
        ? B0(t, e)
        : new Promise((r, s) => {
            const o = new mh();
            (o.limit = e),
              t.pipe(o),
              t.on('error', (n) => {
                o.end(), s(n);
              }),
              o.on('error', s),
              o.on('finish', function () {
                const n = Ar(this.buffers);
                r(n);
              });
          })),
      (mh = class extends tL {
        buffers = [];
        limit = 1 / 0;
        bytesBuffered = 0;
        _write(e, r, s) {
          if (
            (this.buffers.push(e),
            (this.bytesBuffered += e.byteLength ?? 0),
            this.bytesBuffered >= this.limit)
          ) {
            const o = this.bytesBuffered - this.limit,
              n = this.buffers[this.buffers.length - 1];
            (this.buffers[this.buffers.length - 1] = n.subarray(0, n.byteLength - o)), this.emit('finish');
          }
          s();
        }
      });
  });
var z0,
  V0 = d(() => {
    z0 = (t) => {
      if (typeof t == 'string') return t;
      if (typeof t != 'object' || typeof t.byteOffset != 'number' || typeof t.byteLength != 'number')
        throw new Error('@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.');
      return new TextDecoder('utf-8').decode(t);
    };
  });
async function ph(t) {
  return t.arrayBuffer().then((e) => new Uint8Array(e));
}
async function hh(t) {
  let e = [],
    r = t.getReader(),
    s = 0;
  for (;;) {
    const { done: o, value: n } = await r.read();
    if ((n && (e.push(n), (s += n.length)), o)) break;
  }
  return Ar(e, s);
}
var q0,
  gh = d(() => {
    Ri();
    er();
    q0 = async (t) => (Ps(t) ? ph(t) : hh(t));
  });
var j0,
  G0,
  W0,
  K0 = d(() => {
    uh();
    zm();
    V0();
    gh();
    er();
    (j0 = 'The stream has already been transformed.'),
      (G0 = (t) => {
        if (!W0(t) && !Pe(t)) {
          const o = t?.__proto__?.constructor?.name || t;
          throw new Error(`Unexpected stream implementation, expect Blob or ReadableStream, got ${o}`);
        }
        let e = !1,
          r = async () => {
            if (e) throw new Error(j0);
            return ((e = !0), await q0(t));
          },
          s = (o) => {
            if (typeof o.stream != 'function')
              throw new Error(`Cannot transform payload Blob to web stream. Please make sure the Blob.stream() is polyfilled.
If you are using React Native, this API is not yet supported, see: https://react-native.canny.io/feature-requests/p/fetch-streaming-body`);
            return o.stream();
          };
        return Object.assign(t, {
          transformToByteArray: r,
          transformToString: async (o) => {
            const n = await r();
            if (o === 'base64') return Mu(n);
            if (o === 'hex') return Bt(n);
            if (o === void 0 || o === 'utf8' || o === 'utf-8') return z0(n);
            if (typeof TextDecoder == 'function') return new TextDecoder(o).decode(n);
            throw new Error('TextDecoder is not available, please make sure polyfill is provided.');
          },
          transformToWebStream: () => {
            if (e) throw new Error(j0);
            if (((e = !0), W0(t))) return s(t);
            if (Pe(t)) return t;
            throw new Error(`Cannot transform payload to web stream, got ${t}`);
          },
        });
      }),
      (W0 = (t) => typeof Blob == 'function' && t instanceof Blob);
  });

import { Writable as rL } from 'node:stream';

var ku,
  yh,
  Sh = d(() => {
    Ri();
    gh();
    er();
    (ku = (t) =>
      Ps(t)
        ? ph(t)
        : Pe(t)
          ? hh(t)
          : new Promise((e, r) => {
              const s = new yh(),
                o = t;
              o.pipe(s),
                o.on('error', (n) => {
                  s.end(), r(n);
                }),
                s.on('error', r),
                s.on('finish', function () {
                  const n = Ar(this.bufferedBytes);
                  e(n);
                });
            })),
      (yh = class extends rL {
        bufferedBytes = [];
        _write(e, r, s) {
          this.bufferedBytes.push(e), s();
        }
      });
  });

import { Readable as Eh } from 'node:stream';

var Q0,
  Du,
  J0 = d(() => {
    As();
    K0();
    Sh();
    (Q0 = 'The stream has already been transformed.'),
      (Du = (t) => {
        if (!(t instanceof Eh))
          try {
            return G0(t);
          } catch {
            const o = t?.__proto__?.constructor?.name || t;
            throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${o}`);
          }
        let e = !1,
          r = async () => {
            if (e) throw new Error(Q0);
            return ((e = !0), await ku(t));
          };
        return Object.assign(t, {
          transformToByteArray: r,
          transformToString: async (s) => {
            const o = await r();
            return s === void 0 || Buffer.isEncoding(s)
              ? Jt(o.buffer, o.byteOffset, o.byteLength).toString(s)
              : new TextDecoder(s).decode(o);
          },
          transformToWebStream: () => {
            if (e) throw new Error(Q0);
            if (t.readableFlowing !== null)
              throw new Error('The stream has been consumed by other callbacks.');
            if (typeof Eh.toWeb != 'function')
              throw new Error('Readable.toWeb() is not supported. Please ensure a polyfill is available.');
            return ((e = !0), Eh.toWeb(t));
          },
        });
      });
  });
async function X0(t) {
  return (typeof t.stream == 'function' && (t = t.stream()), t.tee());
}
var Y0 = d(() => {});

import { PassThrough as Z0 } from 'node:stream';

async function eA(t) {
  if (Pe(t) || Ps(t)) return X0(t);
  const e = new Z0(),
    r = new Z0();
  return (t.pipe(e), t.pipe(r), [e, r]);
}
var tA = d(() => {
  Y0();
  er();
});
function lt(t) {
  Object.defineProperty(t, '__proto__', { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
}
var rA = d(() => {});
var Ao = {};
Le(Ao, {
  ChecksumStream: () => En,
  Hash: () => Nu,
  LazyJsonString: () => Ce,
  NumericValue: () => z,
  Uint8ArrayBlobAdapter: () => _o,
  _parseEpochTimestamp: () => vs,
  _parseRfc3339DateTimeWithOffset: () => Lc,
  _parseRfc7231DateTime: () => Bc,
  calculateBodyLength: () => _r,
  concatBytes: () => Ar,
  copyDocumentWithTransform: () => uw,
  createBufferedReadable: () => M0,
  createChecksumStream: () => C0,
  dateToUtcString: () => vt,
  deserializerMiddleware: () => zc,
  deserializerMiddlewareOption: () => nh,
  expectBoolean: () => Ew,
  expectByte: () => Nc,
  expectFloat32: () => _i,
  expectInt: () => ww,
  expectInt32: () => Cc,
  expectLong: () => tn,
  expectNonNull: () => bw,
  expectNumber: () => en,
  expectObject: () => Pm,
  expectShort: () => Ic,
  expectString: () => xw,
  expectUnion: () => Mc,
  fromArrayBuffer: () => Jt,
  fromBase64: () => be,
  fromHex: () => Hc,
  fromString: () => _s,
  fromUtf8: () => Me,
  generateIdempotencyToken: () => Pt,
  getAwsChunkedEncodingStream: () => $0,
  getSerdePlugin: () => h0,
  handleFloat: () => Aw,
  hasOwn: () => R,
  headStream: () => U0,
  isArrayBuffer: () => Tc,
  isBlob: () => Ps,
  isReadableStream: () => Pe,
  limitedParseDouble: () => kc,
  limitedParseFloat: () => Tw,
  limitedParseFloat32: () => Rw,
  logger: () => rn,
  nv: () => Uc,
  parseBoolean: () => Sw,
  parseEpochTimestamp: () => an,
  parseRfc3339DateTime: () => Nw,
  parseRfc3339DateTimeWithOffset: () => nn,
  parseRfc7231DateTime: () => Rs,
  quoteHeader: () => $c,
  sdkStreamMixin: () => Du,
  serializerMiddleware: () => Iu,
  serializerMiddlewareOption: () => ih,
  splitEvery: () => Fc,
  splitHeader: () => cn,
  splitStream: () => eA,
  streamCollector: () => ku,
  strictParseByte: () => Dc,
  strictParseDouble: () => Ai,
  strictParseFloat: () => _w,
  strictParseFloat32: () => Pc,
  strictParseInt: () => Cw,
  strictParseInt32: () => Iw,
  strictParseLong: () => km,
  strictParseShort: () => Ts,
  toBase64: () => ue,
  toHex: () => Bt,
  toUint8Array: () => ct,
  toUtf8: () => de,
  v4: () => wn,
  writeKey: () => lt,
});

import { getRandomValues as sL } from 'node:crypto';

var _o,
  oL,
  wn,
  Pt,
  M = d(() => {
    sw();
    bm();
    nw();
    Rc();
    iw();
    cw();
    dw();
    Ow();
    Mw();
    Dm();
    Pw();
    $w();
    Lw();
    Bw();
    Uw();
    zm();
    zw();
    Vm();
    Ri();
    As();
    wm();
    jm();
    g0();
    oh();
    S0();
    ah();
    I0();
    P0();
    L0();
    H0();
    J0();
    tA();
    er();
    Sh();
    L();
    rA();
    (_o = class extends ow(de, Me, ue, be) {}), (oL = sL), (wn = aw(oL)), (Pt = wn);
  });
var ke,
  bn = d(() => {
    M();
    ke = async (t = new Uint8Array(), e) => {
      if (t instanceof Uint8Array) return _o.mutate(t);
      if (!t) return _o.mutate(new Uint8Array());
      const r = e.streamCollector(t);
      return _o.mutate(await r);
    };
  });
function tr(t) {
  return /^[\w.~-]+$/.test(t)
    ? t
    : encodeURIComponent(t).replace(/[!'()*]/g, (e) => '%' + e.charCodeAt(0).toString(16).toUpperCase());
}
var $u = d(() => {});
var oA,
  Ke,
  nL,
  iL,
  aL,
  cL,
  Lu,
  sA,
  To = d(() => {
    q();
    M();
    (oA = Symbol.for('@smithy/schema-x')),
      (Ke = class t extends T {
        static identity = Symbol.for('@smithy/HttpBindingNormalizedSchema');
        identity = t.identity;
        bindings;
        constructor(e) {
          super(e);
        }
        static of(e) {
          const r = T.of(e);
          if (r.identity === t.identity) return r;
          const s = r.isMemberSchema() ? r : r.getSchema(),
            o = typeof s == 'object' && s !== null ? s : r;
          return (o[oA] ??= new t(r));
        }
        getHttpBindingLocation(e) {
          return e.httpPayload
            ? 36
            : e.httpLabel
              ? 33
              : e.httpHeader
                ? 38
                : typeof e.httpPrefixHeaders == 'string'
                  ? 39
                  : e.httpQuery
                    ? 34
                    : e.httpQueryParams
                      ? 35
                      : e.httpResponseCode
                        ? 37
                        : 32;
        }
        getHttpBindingValue(e, r, s = !1) {
          let o = this.getSchema(),
            n = typeof o == 'number' ? o & 255 : this.isListSchema() ? 64 : 255,
            i = e & 7,
            a = r.mediaType
              ? r.mediaType === 'application/json' || r.mediaType.endsWith('+json')
                ? 2
                : 1
              : 0,
            c = r.streaming || n === 42 ? (this.isStructSchema() ? 2 : 1) : 0,
            u = n >= 4 && n <= 7 ? (i >= 6 ? 2 : i > 0 && i < 4 ? 1 : 0) : 0,
            l =
              n |
              (a << 8) |
              ((r.idempotencyToken ? 1 : 0) << 10) |
              (c << 11) |
              ((r.sparse ? 1 : 0) << 13) |
              (u << 14) |
              ((r.hostLabel ? 1 : 0) << 17) |
              ((e === 36 && typeof o != 'object' ? 1 : 0) << 18),
            f = n & 192,
            m = i & 2 && (f === 64 || (!s && i & 1)) ? this.getHttpBindingCollectionValue(e, r) : void 0,
            p = (m?.[1] ?? 0) & 255;
          return ((l |= (i >= 6 && (p === 4 || p === 6) ? 1 : 0) << 16), [this, l, m]);
        }
        getHttpBindingCollectionValue(e, r = this.getMergedTraits()) {
          const s = t.of(this.getValueSchema());
          return s.getHttpBindingValue(e, { ...s.getMergedTraits(), ...r }, !0);
        }
        getHttpBindings() {
          const e = this.getSchema();
          return typeof e != 'object' || e === null ? cL : (this.bindings ??= nL(this));
        }
      }),
      (nL = (t) => {
        const e = [],
          r = [],
          s = [],
          o = [],
          n = [],
          i = {},
          a = {},
          c = [],
          u = { headers: a, prefixHeaders: c },
          l = { request: { memberBindings: n, byName: i }, response: { bodyMemberNames: e, bindings: u } },
          { request: f, response: m } = l;
        for (const [p, h] of t.structIterator()) {
          const y = Ke.of(h),
            g = y.getMergedTraits(),
            w = y.getHttpBindingLocation(g),
            b = g.httpHeader?.toLowerCase() ?? g.httpPrefixHeaders?.toLowerCase() ?? g.httpQuery,
            _ = y.getHttpBindingValue(w, g),
            A = [p, _, w, b];
          p === '__proto__' && lt(i), (i[p] = A), (_[1] >> 10) & 1 && (f.hasIdempotency = !0), n.push(A);
          const C = w & 7;
          if ((C === 0 && (s.push(p), o.push(h)), (C & 4) === 0)) e.push(p), r.push(h);
          else if ((C & 6) === 4)
            if (C & 1) u.statusCode = A;
            else {
              u.payload = A;
              const W = _[1] & 255;
              f.contentTypeInstruction =
                g.mediaType ??
                (W === 0 ? 'text/plain' : W === 21 || W === 42 ? 'application/octet-stream' : null);
            }
          else C & 1 ? ((f.hasPrefixHeaders = !0), c.push(A)) : (b === '__proto__' && lt(a), (a[b] = A));
        }
        return (
          f.contentTypeInstruction === void 0 && s.length && (f.contentTypeInstruction = null),
          (f.syntheticBodySchema = sA(t, s, o)),
          (m.syntheticBodySchema = sA(t, e, r)),
          l
        );
      }),
      (iL = (t) => {
        let e = [],
          r = 0;
        for (const s of t.matchAll(/\{([^{}+]+)(\+)?\}/g))
          s.index > r && e.push([t.slice(r, s.index), 0]),
            e.push([s[1], s[2] ? 2 : 1]),
            (r = s.index + s[0].length);
        return (e.length && r < t.length && e.push([t.slice(r), 0]), e.length ? e : void 0);
      }),
      (aL = (t) => {
        const { http: e, endpoint: r } = cs(t.traits ?? {}),
          [s, o] = e?.[1].split('?') ?? [];
        return [e?.[0], s, o ? [...new URLSearchParams(o)] : [], s ? iL(s) : void 0, r?.[0]];
      }),
      (cL = {
        request: { memberBindings: [], byName: {} },
        response: { bodyMemberNames: [], bindings: { headers: {}, prefixHeaders: [] } },
      }),
      (Lu = (t) => (t[oA] ??= aL(t))),
      (sA = (t, e, r) => {
        if (!e.length) return;
        const s = t.getSchema(),
          o = [3, s[1], s[2], t.getMergedTraits(), e, r],
          n = s[6],
          i = n && e.reduce((a, c) => a + (s[4].indexOf(c) < n ? 1 : 0), 0);
        return (i && (o[6] = i), o);
      });
  });
var Ue,
  xn = d(() => {
    Ue = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
async function Bu(t, e, r = 1024 * 1024) {
  let s = t.size,
    o = 0;
  for (; o < s; ) {
    const n = t.slice(o, Math.min(s, o + r));
    e(new Uint8Array(await n.arrayBuffer())), (o += n.size);
  }
}
var wh = d(() => {});
var nA,
  iA = d(() => {
    wh();
    nA = async (e, r) => {
      const s = new e();
      return (
        await Bu(r, (o) => {
          s.update(o);
        }),
        s.digest()
      );
    };
  });

import { Writable as uL } from 'node:stream';

var _n,
  bh = d(() => {
    M();
    _n = class extends uL {
      hash;
      constructor(e, r) {
        super(r), (this.hash = e);
      }
      _write(e, r, s) {
        try {
          this.hash.update(ct(e));
        } catch (o) {
          return s(o);
        }
        s();
      }
    };
  });

import { createReadStream as dL } from 'node:fs';

var aA,
  lL,
  cA = d(() => {
    bh();
    (aA = (t, e) =>
      new Promise((r, s) => {
        if (!lL(e)) {
          s(new Error('Unable to calculate hash for non-file streams.'));
          return;
        }
        const o = dL(e.path, { start: e.start, end: e.end }),
          n = new t(),
          i = new _n(n);
        o.pipe(i),
          o.on('error', (a) => {
            i.end(), s(a);
          }),
          i.on('error', s),
          i.on('finish', () => {
            n.digest().then(r).catch(s);
          });
      })),
      (lL = (t) => typeof t.path == 'string');
  });
var uA,
  dA = d(() => {
    bh();
    uA = (t, e) => {
      if (e.readableFlowing !== null) throw new Error('Unable to calculate hash for flowing readable stream');
      const r = new t(),
        s = new _n(r);
      return (
        e.pipe(s),
        new Promise((o, n) => {
          e.on('error', (i) => {
            s.end(), n(i);
          }),
            s.on('error', n),
            s.on('finish', () => {
              r.digest().then(o).catch(n);
            });
        })
      );
    };
  });
function xh(t, e) {
  let r = t[0],
    s = t[1],
    o = t[2],
    n = t[3];
  for (let i = 0; i < 64; ++i) {
    let a, c;
    i < 16
      ? ((a = (s & o) | (~s & n)), (c = i))
      : i < 32
        ? ((a = (n & s) | (o & ~n)), (c = (5 * i + 1) % 16))
        : i < 48
          ? ((a = s ^ o ^ n), (c = (3 * i + 5) % 16))
          : ((a = o ^ (s | ~n)), (c = (7 * i) % 16));
    const u = e.getUint32(c * 4, !0),
      l = n;
    (n = o), (o = s);
    const f = fL[(i >> 4) * 4 + (i & 3)],
      m = (((r + a) & ks) + ((u + mL[i]) & ks)) & ks;
    (s = (s + (((m << f) | (m >>> (32 - f))) >>> 0)) & ks), (r = l);
  }
  (t[0] = (t[0] + r) & ks), (t[1] = (t[1] + s) & ks), (t[2] = (t[2] + o) & ks), (t[3] = (t[3] + n) & ks);
}
var An,
  lA,
  ks,
  fL,
  mL,
  _h = d(() => {
    M();
    (An = class {
      digestLength = 16;
      state = Uint32Array.from(lA);
      writeBuffer = new DataView(new ArrayBuffer(64));
      bufferLength = 0;
      bytesHashed = 0;
      update(e) {
        let r = ct(e),
          s = 0,
          o = r.byteLength;
        for (this.bytesHashed += o; o > 0; )
          this.writeBuffer.setUint8(this.bufferLength++, r[s++]),
            --o,
            this.bufferLength === 64 && (xh(this.state, this.writeBuffer), (this.bufferLength = 0));
      }
      async digest() {
        let e = Uint32Array.from(this.state),
          r = new DataView(this.writeBuffer.buffer.slice(0)),
          s = this.bufferLength,
          o = this.bytesHashed * 8;
        if ((r.setUint8(s++, 128), this.bufferLength % 64 >= 56)) {
          for (let a = s; a < 64; ++a) r.setUint8(a, 0);
          xh(e, r), (s = 0);
        }
        for (let a = s; a < 56; ++a) r.setUint8(a, 0);
        r.setUint32(56, o >>> 0, !0), r.setUint32(60, Math.floor(o / 2 ** 32), !0), xh(e, r);
        const n = new Uint8Array(16),
          i = new DataView(n.buffer);
        for (let a = 0; a < 4; ++a) i.setUint32(a * 4, e[a], !0);
        return n;
      }
      reset() {
        this.state.set(lA),
          (this.writeBuffer = new DataView(new ArrayBuffer(64))),
          (this.bufferLength = 0),
          (this.bytesHashed = 0);
      }
    }),
      (lA = [1732584193, 4023233417, 2562383102, 271733878]),
      (ks = 4294967295),
      (fL = Uint8Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21)),
      (mL = Array.from({ length: 64 }, (t, e) => (Math.abs(Math.sin(e + 1)) * 2 ** 32) >>> 0));
  });

import { createHash as Ah } from 'node:crypto';

function hL() {
  return class {
    digestLength = 16;
    hash = Ah('md5');
    update(e) {
      this.hash.update(ct(e));
    }
    async digest() {
      const e = this.hash.copy().digest();
      return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
    }
    reset() {
      this.hash = Ah('md5');
    }
  };
}
var pL,
  Th,
  fA = d(() => {
    M();
    _h();
    (pL = (() => {
      try {
        return (Ah('md5'), !0);
      } catch {
        return !1;
      }
    })()),
      (Th = pL ? hL() : An);
  });
var mA,
  Rh,
  Tn,
  vh = d(() => {
    mA = new Uint32Array(256);
    for (let t = 0; t < 256; ++t) {
      let e = t;
      for (let r = 0; r < 8; ++r) e = e & 1 ? 3988292384 ^ (e >>> 1) : e >>> 1;
      mA[t] = e >>> 0;
    }
    (Rh = 4294967295),
      (Tn = class {
        digestLength = 4;
        checksum = Rh;
        update(e) {
          for (let r = 0; r < e.length; ++r)
            this.checksum = (this.checksum >>> 8) ^ mA[(this.checksum ^ e[r]) & 255];
        }
        digestSync() {
          return (this.checksum ^ Rh) >>> 0;
        }
        async digest() {
          const e = this.digestSync(),
            r = new Uint8Array(4);
          return (new DataView(r.buffer).setUint32(0, e, !1), r);
        }
        reset() {
          this.checksum = Rh;
        }
      });
  });

import * as Ch from 'node:zlib';

function gL(t) {
  return class {
    digestLength = 4;
    value = 0;
    update(r) {
      this.value = t(r, this.value);
    }
    digestSync() {
      return this.value >>> 0;
    }
    async digest() {
      const r = new Uint8Array(4);
      return (new DataView(r.buffer).setUint32(0, this.digestSync(), !1), r);
    }
    reset() {
      this.value = 0;
    }
  };
}
var pA,
  Ro,
  hA = d(() => {
    vh();
    (pA = typeof Ch.crc32 == 'function' ? Ch.crc32 : void 0), (Ro = pA ? gL(pA) : Tn);
  });
var Qe,
  gA,
  yL,
  ps,
  yA,
  SL,
  Fu = d(() => {
    M();
    (Qe = 64),
      (gA = 32),
      (yL = 2 ** 53 - 1),
      (ps = class t {
        digestLength = gA;
        state = Int32Array.from(yA);
        w;
        buffer = new Uint8Array(64);
        bufferLength = 0;
        bytesHashed = 0;
        finished = !1;
        inner;
        outer;
        constructor(e) {
          if (e) {
            const r = t.normalizeKey(e);
            (this.inner = new t()), (this.outer = new t());
            const { inner: s, outer: o } = this,
              n = new Uint8Array(Qe * 2);
            for (let i = 0; i < Qe; ++i) (n[i] = 54 ^ r[i]), (n[i + Qe] = 92 ^ r[i]);
            s.update(n.subarray(0, Qe)), o.update(n.subarray(Qe));
          }
        }
        update(e) {
          if (this.finished) throw new Error('Attempted to update an already finished HMAC.');
          if (this.inner) {
            this.inner.update(e);
            return;
          }
          let r = ct(e),
            s = 0,
            { byteLength: o } = r;
          if (((this.bytesHashed += o), this.bytesHashed * 8 > yL))
            throw new Error('Cannot hash more than 2^53 - 1 bits');
          for (; o > 0; )
            (this.buffer[this.bufferLength++] = r[s++]),
              o--,
              this.bufferLength === Qe && (this.hashBuffer(), (this.bufferLength = 0));
        }
        async digest() {
          const { inner: e, outer: r } = this;
          if (e && r) {
            if (this.finished) throw new Error('Attempted to digest an already finished HMAC.');
            this.finished = !0;
            const s = e.digestSync();
            return (r.update(s), r.digestSync());
          }
          return this.digestSync();
        }
        reset() {
          (this.state = Int32Array.from(yA)),
            (this.buffer = new Uint8Array(64)),
            (this.bufferLength = 0),
            (this.bytesHashed = 0);
        }
        digestSync() {
          let e = this.state.slice(),
            r = this.buffer.slice(),
            s = this.bufferLength,
            o = this.bytesHashed * 8,
            n = new DataView(r.buffer, r.byteOffset, r.byteLength);
          if ((n.setUint8(s++, 128), (s - 1) % Qe >= Qe - 8)) {
            for (let a = s; a < Qe; ++a) n.setUint8(a, 0);
            this.hashBufferWith(e, r), (s = 0);
          }
          for (let a = s; a < Qe - 8; ++a) n.setUint8(a, 0);
          n.setUint32(Qe - 8, Math.floor(o / 4294967296), !1),
            n.setUint32(Qe - 4, o, !1),
            this.hashBufferWith(e, r);
          const i = new Uint8Array(gA);
          for (let a = 0; a < 8; ++a)
            (i[a * 4] = (e[a] >>> 24) & 255),
              (i[a * 4 + 1] = (e[a] >>> 16) & 255),
              (i[a * 4 + 2] = (e[a] >>> 8) & 255),
              (i[a * 4 + 3] = (e[a] >>> 0) & 255);
          return i;
        }
        static normalizeKey(e) {
          const r = ct(e);
          if (r.byteLength > Qe) {
            const s = new t();
            s.update(r);
            const o = s.digestSync(),
              n = new Uint8Array(Qe);
            return (n.set(o), n);
          }
          if (r.byteLength < Qe) {
            const s = new Uint8Array(Qe);
            return (s.set(r), s);
          }
          return r;
        }
        hashBuffer() {
          this.hashBufferWith(this.state, this.buffer);
        }
        hashBufferWith(e, r) {
          let s = (this.w ??= new Int32Array(64)),
            o = e[0],
            n = e[1],
            i = e[2],
            a = e[3],
            c = e[4],
            u = e[5],
            l = e[6],
            f = e[7];
          for (let m = 0; m < Qe; ++m) {
            if (m < 16)
              s[m] =
                ((r[m * 4] & 255) << 24) |
                ((r[m * 4 + 1] & 255) << 16) |
                ((r[m * 4 + 2] & 255) << 8) |
                (r[m * 4 + 3] & 255);
            else {
              let y = s[m - 2],
                g = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
              y = s[m - 15];
              const w = ((y >>> 7) | (y << 25)) ^ ((y >>> 18) | (y << 14)) ^ (y >>> 3);
              s[m] = ((g + s[m - 7]) | 0) + ((w + s[m - 16]) | 0);
            }
            const p =
                ((((((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) +
                  ((c & u) ^ (~c & l))) |
                  0) +
                  ((f + ((SL[m] + s[m]) | 0)) | 0)) |
                0,
              h =
                ((((o >>> 2) | (o << 30)) ^ ((o >>> 13) | (o << 19)) ^ ((o >>> 22) | (o << 10))) +
                  ((o & n) ^ (o & i) ^ (n & i))) |
                0;
            (f = l), (l = u), (u = c), (c = (a + p) | 0), (a = i), (i = n), (n = o), (o = (p + h) | 0);
          }
          (e[0] += o),
            (e[1] += n),
            (e[2] += i),
            (e[3] += a),
            (e[4] += c),
            (e[5] += u),
            (e[6] += l),
            (e[7] += f);
        }
      }),
      (yA = new Int32Array([
        1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225,
      ])),
      (SL = new Int32Array([
        1116352408, 1899447441, 3049323471, 3921009573, 961987163, 1508970993, 2453635748, 2870763221,
        3624381080, 310598401, 607225278, 1426881987, 1925078388, 2162078206, 2614888103, 3248222580,
        3835390401, 4022224774, 264347078, 604807628, 770255983, 1249150122, 1555081692, 1996064986,
        2554220882, 2821834349, 2952996808, 3210313671, 3336571891, 3584528711, 113926993, 338241895,
        666307205, 773529912, 1294757372, 1396182291, 1695183700, 1986661051, 2177026350, 2456956037,
        2730485921, 2820302411, 3259730800, 3345764771, 3516065817, 3600352804, 4094571909, 275423344,
        430227734, 506948616, 659060556, 883997877, 958139571, 1322822218, 1537002063, 1747873779, 1955562222,
        2024104815, 2227730452, 2361852424, 2428436474, 2756734187, 3204031479, 3329325298,
      ]));
  });

import { createHmac as EL, createHash as SA } from 'node:crypto';

function bL() {
  return class {
    digestLength = 32;
    secret;
    hash;
    isHmac;
    finished = !1;
    constructor(e) {
      (this.secret = e), (this.isHmac = !!e), (this.hash = this.createHash());
    }
    update(e) {
      if (this.finished) throw new Error('Attempted to update an already finished hash.');
      this.hash.update(e);
    }
    async digest() {
      let e;
      return (
        this.isHmac ? ((this.finished = !0), (e = this.hash.digest())) : (e = this.hash.copy().digest()),
        new Uint8Array(e.buffer, e.byteOffset, e.byteLength)
      );
    }
    reset() {
      (this.hash = this.createHash()), (this.finished = !1);
    }
    createHash() {
      return this.secret ? EL('sha256', xL(this.secret)) : SA('sha256');
    }
  };
}
function xL(t) {
  return typeof t == 'string'
    ? t
    : ArrayBuffer.isView(t)
      ? Buffer.from(t.buffer, t.byteOffset, t.byteLength)
      : Buffer.from(t);
}
var wL,
  rr,
  EA = d(() => {
    Fu();
    (wL = (() => {
      try {
        return (SA('sha256'), !0);
      } catch {
        return !1;
      }
    })()),
      (rr = wL ? bL() : ps);
  });
var _L,
  AL,
  TL,
  Uu,
  RL,
  Hu,
  wA = d(() => {
    M();
    Fu();
    ({ digest: _L, sign: AL, importKey: TL } = globalThis?.crypto?.subtle ?? {}),
      (Uu =
        typeof _L == 'function' && typeof AL == 'function' && typeof TL == 'function'
          ? globalThis.crypto.subtle
          : void 0),
      (RL = 8 * 1024 * 1024),
      (Hu = class {
        digestLength = 32;
        secret;
        pending = [];
        pendingBytes = 0;
        fallback;
        finished = !1;
        constructor(e) {
          e && (this.secret = ct(e));
        }
        update(e) {
          if (this.finished) throw new Error('Attempted to update an already finished HMAC.');
          if (this.fallback) {
            this.fallback.update(e);
            return;
          }
          this.pending.push(e.slice()),
            (this.pendingBytes += e.byteLength),
            this.pendingBytes >= RL && this.switchToFallback();
        }
        async digest() {
          if (this.fallback) return this.fallback.digest();
          if (this.secret && this.finished) throw new Error('Attempted to digest an already finished HMAC.');
          const e = Ar(this.pending);
          if (Uu) {
            if (this.secret) {
              this.finished = !0;
              const o = await Uu.importKey('raw', this.secret, { name: 'HMAC', hash: 'SHA-256' }, !1, [
                  'sign',
                ]),
                n = await Uu.sign('HMAC', o, e);
              return new Uint8Array(n);
            }
            const s = await Uu.digest('SHA-256', e);
            return new Uint8Array(s);
          }
          const r = new ps(this.secret);
          return (r.update(e), r.digest());
        }
        reset() {
          (this.pending = []), (this.pendingBytes = 0), (this.fallback = void 0), (this.finished = !1);
        }
        switchToFallback() {
          const e = new ps(this.secret);
          for (const r of this.pending) e.update(r);
          (this.fallback = e), (this.pending = []), (this.pendingBytes = 0);
        }
      });
  });
var bA = {};
Le(bA, {
  Crc32: () => Ro,
  Crc32Js: () => Tn,
  Crc32Node: () => Ro,
  Md5: () => Th,
  Md5Js: () => An,
  Md5Node: () => Th,
  Sha256: () => rr,
  Sha256Js: () => ps,
  Sha256Node: () => rr,
  Sha256WebCrypto: () => Hu,
  blobHasher: () => nA,
  blobReader: () => Bu,
  fileStreamHasher: () => aA,
  readableStreamHasher: () => uA,
});
var Ds = d(() => {
  iA();
  cA();
  dA();
  _h();
  fA();
  vh();
  hA();
  Fu();
  EA();
  wA();
  wh();
});
function xA(t) {
  for (let e = 0; e < 8; e++) t[e] ^= 255;
  for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
}
var $s,
  Ih = d(() => {
    M();
    $s = class t {
      bytes;
      constructor(e) {
        if (((this.bytes = e), e.byteLength !== 8)) throw new Error('Int64 buffers must be exactly 8 bytes');
      }
      static fromNumber(e) {
        if (e > 9223372036854776e3 || e < -9223372036854776e3)
          throw new Error(`${e} is too large (or, if negative, too small) to represent as an Int64`);
        const r = new Uint8Array(8);
        for (let s = 7, o = Math.abs(Math.round(e)); s > -1 && o > 0; s--, o /= 256) r[s] = o;
        return (e < 0 && xA(r), new t(r));
      }
      valueOf() {
        const e = this.bytes.slice(0),
          r = e[0] & 128;
        return (r && xA(e), parseInt(Bt(e), 16) * (r ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  });
var Rn,
  _A,
  AA,
  vL,
  CL,
  IL,
  NL,
  OL,
  ML,
  PL,
  kL,
  DL,
  zu,
  Nh = d(() => {
    L();
    M();
    Ih();
    Rn = class {
      toUtf8;
      fromUtf8;
      constructor(e, r) {
        (this.toUtf8 = e), (this.fromUtf8 = r);
      }
      format(e) {
        const r = [];
        for (const n in e) {
          if (!R(e, n)) continue;
          const i = this.fromUtf8(n);
          if (i.byteLength > 255)
            throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);
          r.push(Uint8Array.from([i.byteLength]), i, this.formatHeaderValue(e[n]));
        }
        let s = new Uint8Array(r.reduce((n, i) => n + i.byteLength, 0)),
          o = 0;
        for (const n of r) s.set(n, o), (o += n.byteLength);
        return s;
      }
      formatHeaderValue(e) {
        switch (e.type) {
          case 'boolean':
            return Uint8Array.from([e.value ? 0 : 1]);
          case 'byte':
            return Uint8Array.from([2, e.value]);
          case 'short': {
            const r = new DataView(new ArrayBuffer(3));
            return (r.setUint8(0, 3), r.setInt16(1, e.value, !1), new Uint8Array(r.buffer));
          }
          case 'integer': {
            const s = new DataView(new ArrayBuffer(5));
            return (s.setUint8(0, 4), s.setInt32(1, e.value, !1), new Uint8Array(s.buffer));
          }
          case 'long': {
            const o = new Uint8Array(9);
            return ((o[0] = 5), o.set(e.value.bytes, 1), o);
          }
          case 'binary': {
            if (e.value.byteLength > zu)
              throw new Error(
                `@smithy/core/event-streams - header value (binary) exceeds ${zu} bytes: ${e.value.byteLength}`,
              );
            const n = new DataView(new ArrayBuffer(3 + e.value.byteLength));
            n.setUint8(0, 6), n.setUint16(1, e.value.byteLength, !1);
            const i = new Uint8Array(n.buffer);
            return (i.set(e.value, 3), i);
          }
          case 'string': {
            const a = this.fromUtf8(e.value);
            if (a.byteLength > zu)
              throw new Error(
                `@smithy/core/event-streams - header value (string) exceeds ${zu} bytes: ${a.byteLength}`,
              );
            const c = new DataView(new ArrayBuffer(3 + a.byteLength));
            c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1);
            const u = new Uint8Array(c.buffer);
            return (u.set(a, 3), u);
          }
          case 'timestamp': {
            const l = new Uint8Array(9);
            return ((l[0] = 8), l.set($s.fromNumber(e.value.valueOf()).bytes, 1), l);
          }
          case 'uuid': {
            if (!DL.test(e.value)) throw new Error(`Invalid UUID received: ${e.value}`);
            const f = new Uint8Array(17);
            return ((f[0] = 9), f.set(Hc(e.value.replace(/-/g, '')), 1), f);
          }
        }
      }
      parse(e) {
        let r = {},
          s = 0;
        for (; s < e.byteLength; ) {
          const o = e.getUint8(s++),
            n = this.toUtf8(new Uint8Array(e.buffer, e.byteOffset + s, o));
          switch (((s += o), e.getUint8(s++))) {
            case 0:
              r[n] = { type: AA, value: !0 };
              break;
            case 1:
              r[n] = { type: AA, value: !1 };
              break;
            case 2:
              r[n] = { type: vL, value: e.getInt8(s++) };
              break;
            case 3:
              (r[n] = { type: CL, value: e.getInt16(s, !1) }), (s += 2);
              break;
            case 4:
              (r[n] = { type: IL, value: e.getInt32(s, !1) }), (s += 4);
              break;
            case 5:
              (r[n] = { type: NL, value: new $s(new Uint8Array(e.buffer, e.byteOffset + s, 8)) }), (s += 8);
              break;
            case 6: {
              const i = e.getUint16(s, !1);
              (s += 2), (r[n] = { type: OL, value: new Uint8Array(e.buffer, e.byteOffset + s, i) }), (s += i);
              break;
            }
            case 7: {
              const a = e.getUint16(s, !1);
              (s += 2),
                (r[n] = { type: ML, value: this.toUtf8(new Uint8Array(e.buffer, e.byteOffset + s, a)) }),
                (s += a);
              break;
            }
            case 8:
              (r[n] = {
                type: PL,
                value: new Date(new $s(new Uint8Array(e.buffer, e.byteOffset + s, 8)).valueOf()),
              }),
                (s += 8);
              break;
            case 9: {
              const c = new Uint8Array(e.buffer, e.byteOffset + s, 16);
              (s += 16),
                (r[n] = {
                  type: kL,
                  value: `${Bt(c.subarray(0, 4))}-${Bt(c.subarray(4, 6))}-${Bt(c.subarray(6, 8))}-${Bt(c.subarray(8, 10))}-${Bt(c.subarray(10))}`,
                });
              break;
            }
            default:
              throw new Error('Unrecognized header type tag');
          }
        }
        return r;
      }
    };
    ((t) => {
      (t[(t.boolTrue = 0)] = 'boolTrue'),
        (t[(t.boolFalse = 1)] = 'boolFalse'),
        (t[(t.byte = 2)] = 'byte'),
        (t[(t.short = 3)] = 'short'),
        (t[(t.integer = 4)] = 'integer'),
        (t[(t.long = 5)] = 'long'),
        (t[(t.byteArray = 6)] = 'byteArray'),
        (t[(t.string = 7)] = 'string'),
        (t[(t.timestamp = 8)] = 'timestamp'),
        (t[(t.uuid = 9)] = 'uuid');
    })(_A || (_A = {}));
    (AA = 'boolean'),
      (vL = 'byte'),
      (CL = 'short'),
      (IL = 'integer'),
      (NL = 'long'),
      (OL = 'binary'),
      (ML = 'string'),
      (PL = 'timestamp'),
      (kL = 'uuid'),
      (DL = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/),
      (zu = 32767);
  });
function RA({ byteLength: t, byteOffset: e, buffer: r }) {
  if (t < $L) throw new Error('Provided message too short to accommodate event stream message overhead');
  const s = new DataView(r, e, t),
    o = s.getUint32(0, !1);
  if (t !== o) throw new Error('Reported message length does not match received message length');
  const n = s.getUint32(TA, !1),
    i = s.getUint32(Ls, !1),
    a = s.getUint32(t - vo, !1),
    c = new Ro();
  if ((c.update(new Uint8Array(r, e, Ls)), i !== c.digestSync()))
    throw new Error(
      `The prelude checksum specified in the message (${i}) does not match the calculated CRC32 checksum (${c.digestSync()})`,
    );
  if ((c.update(new Uint8Array(r, e + Ls, t - (Ls + vo))), a !== c.digestSync()))
    throw new Error(`The message checksum (${c.digestSync()}) did not match the expected value of ${a}`);
  return {
    headers: new DataView(r, e + Ls + vo, n),
    body: new Uint8Array(r, e + Ls + vo + n, o - n - (Ls + vo + vo)),
  };
}
var TA,
  Ls,
  vo,
  $L,
  vA = d(() => {
    Ds();
    (TA = 4), (Ls = TA * 2), (vo = 4), ($L = Ls + vo * 2);
  });
var vn,
  Oh = d(() => {
    Ds();
    Nh();
    vA();
    vn = class {
      headerMarshaller;
      messageBuffer;
      isEndOfStream;
      constructor(e, r) {
        (this.headerMarshaller = new Rn(e, r)), (this.messageBuffer = []), (this.isEndOfStream = !1);
      }
      feed(e) {
        this.messageBuffer.push(this.decode(e));
      }
      endOfStream() {
        this.isEndOfStream = !0;
      }
      getMessage() {
        const e = this.messageBuffer.pop(),
          r = this.isEndOfStream;
        return {
          getMessage() {
            return e;
          },
          isEndOfStream() {
            return r;
          },
        };
      }
      getAvailableMessages() {
        const e = this.messageBuffer;
        this.messageBuffer = [];
        const r = this.isEndOfStream;
        return {
          getMessages() {
            return e;
          },
          isEndOfStream() {
            return r;
          },
        };
      }
      encode({ headers: e, body: r }) {
        const s = this.headerMarshaller.format(e),
          o = s.byteLength + r.byteLength + 16,
          n = new Uint8Array(o),
          i = new DataView(n.buffer, n.byteOffset, n.byteLength),
          a = new Ro();
        return (
          i.setUint32(0, o, !1),
          i.setUint32(4, s.byteLength, !1),
          a.update(n.subarray(0, 8)),
          i.setUint32(8, a.digestSync(), !1),
          n.set(s, 12),
          n.set(r, s.byteLength + 12),
          a.update(n.subarray(8, o - 4)),
          i.setUint32(o - 4, a.digestSync(), !1),
          n
        );
      }
      decode(e) {
        const { headers: r, body: s } = RA(e);
        return { headers: this.headerMarshaller.parse(r), body: s };
      }
      formatHeaders(e) {
        return this.headerMarshaller.format(e);
      }
    };
  });
var Cn,
  Mh = d(() => {
    Cn = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const e of this.options.inputStream) yield this.options.decoder.decode(e);
      }
    };
  });
var In,
  Ph = d(() => {
    In = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const e of this.options.messageStream) yield this.options.encoder.encode(e);
        this.options.includeEndFrame && (yield new Uint8Array(0));
      }
    };
  });
var Nn,
  kh = d(() => {
    Nn = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const e of this.options.messageStream) {
          const r = await this.options.deserializer(e);
          r !== void 0 && (yield r);
        }
      }
    };
  });
var On,
  Dh = d(() => {
    On = class {
      options;
      constructor(e) {
        this.options = e;
      }
      [Symbol.asyncIterator]() {
        return this.asyncIterator();
      }
      async *asyncIterator() {
        for await (const e of this.options.inputStream) yield this.options.serializer(e);
      }
    };
  });
function Vu(t) {
  let e = 0,
    r = 0,
    s = null,
    o = null,
    n = (a) => {
      if (typeof a != 'number')
        throw new Error('Attempted to allocate an event message where size was not a number: ' + a);
      (e = a), (r = 4), (s = new Uint8Array(a)), new DataView(s.buffer).setUint32(0, a, !1);
    },
    i = async function* () {
      const a = t[Symbol.asyncIterator]();
      for (;;) {
        const { value: c, done: u } = await a.next();
        if (u) {
          if (e)
            if (e === r) yield s;
            else throw new Error('Truncated event message received.');
          else return;
          return;
        }
        let l = c.length,
          f = 0;
        for (; f < l; ) {
          if (!s) {
            const p = l - f;
            o || (o = new Uint8Array(4));
            const h = Math.min(4 - r, p);
            if ((o.set(c.slice(f, f + h), r), (r += h), (f += h), r < 4)) break;
            n(new DataView(o.buffer).getUint32(0, !1)), (o = null);
          }
          const m = Math.min(e - r, l - f);
          s.set(c.slice(f, f + m), r),
            (r += m),
            (f += m),
            e && e === r && (yield s, (s = null), (e = 0), (r = 0));
        }
      }
    };
  return { [Symbol.asyncIterator]: i };
}
var $h = d(() => {});
function CA(t, e) {
  const r = Ki(e.deserializer, e.toUtf8);
  return {
    [Symbol.asyncIterator]: async function* () {
      for await (const s of t) {
        const o = e.eventStreamCodec.decode(s),
          n = await r(o);
        n !== void 0 && (yield n);
      }
    },
  };
}
function Ki(t, e) {
  return async (r) => {
    const { value: s } = r.headers[':message-type'];
    if (s === 'error') {
      const o = new Error(r.headers[':error-message'].value || 'UnknownError');
      throw ((o.name = r.headers[':error-code'].value), o);
    } else if (s === 'exception') {
      const o = r.headers[':exception-type'].value,
        n = { [o]: r },
        i = await t(n);
      if (i.$unknown) {
        const a = new Error(e(r.body));
        throw ((a.name = o), a);
      }
      throw i[o];
    } else if (s === 'event') {
      const o = { [r.headers[':event-type'].value]: r },
        n = await t(o);
      return n.$unknown ? void 0 : n;
    } else throw Error(`Unrecognizable event type: ${r.headers[':event-type'].value}`);
  };
}
var Lh = d(() => {});
var Co,
  IA,
  Bh = d(() => {
    Oh();
    Mh();
    Ph();
    kh();
    Dh();
    $h();
    Lh();
    (Co = class {
      eventStreamCodec;
      utfEncoder;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        (this.eventStreamCodec = new vn(e, r)), (this.utfEncoder = e);
      }
      deserialize(e, r) {
        const s = Vu(e);
        return new Nn({
          messageStream: new Cn({ inputStream: s, decoder: this.eventStreamCodec }),
          deserializer: Ki(r, this.utfEncoder),
        });
      }
      serialize(e, r) {
        return new In({
          messageStream: new On({ inputStream: e, serializer: r }),
          encoder: this.eventStreamCodec,
          includeEndFrame: !0,
        });
      }
    }),
      (IA = (t) => new Co(t));
  });

import { Readable as LL } from 'node:stream';

async function* BL(t) {
  let e = !1,
    r = !1,
    s = [];
  for (
    t.on('error', (o) => {
      if ((e || (e = !0), o)) throw o;
    }),
      t.on('data', (o) => {
        s.push(o);
      }),
      t.on('end', () => {
        e = !0;
      });
    !r;
  ) {
    const o = await new Promise((n) => setTimeout(() => n(s.shift()), 0));
    o && (yield o), (r = e && s.length === 0);
  }
}
var Qi,
  NA,
  OA = d(() => {
    Bh();
    (Qi = class {
      universalMarshaller;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        this.universalMarshaller = new Co({ utf8Decoder: r, utf8Encoder: e });
      }
      deserialize(e, r) {
        const s = typeof e[Symbol.asyncIterator] == 'function' ? e : BL(e);
        return this.universalMarshaller.deserialize(s, r);
      }
      serialize(e, r) {
        return LL.from(this.universalMarshaller.serialize(e, r));
      }
    }),
      (NA = (t) => new Qi(t));
  });
var MA,
  PA,
  kA = d(() => {
    (MA = (t) => ({
      [Symbol.asyncIterator]: async function* () {
        const e = t.getReader();
        try {
          for (;;) {
            const { done: r, value: s } = await e.read();
            if (r) return;
            yield s;
          }
        } finally {
          e.releaseLock();
        }
      },
    })),
      (PA = (t) => {
        const e = t[Symbol.asyncIterator]();
        return new ReadableStream({
          async pull(r) {
            const { done: s, value: o } = await e.next();
            if (s) return r.close();
            r.enqueue(o);
          },
        });
      });
  });
var DA,
  $A = d(() => {
    DA = (t) => Object.assign(t, { eventStreamMarshaller: t.eventStreamSerdeProvider(t) });
  });
var qu,
  LA = d(() => {
    L();
    q();
    M();
    qu = class {
      marshaller;
      serializer;
      deserializer;
      serdeContext;
      defaultContentType;
      compositeErrorRegistry;
      constructor({
        marshaller: e,
        serializer: r,
        deserializer: s,
        serdeContext: o,
        defaultContentType: n,
        compositeErrorRegistry: i,
      }) {
        (this.marshaller = e),
          (this.serializer = r),
          (this.deserializer = s),
          (this.serdeContext = o),
          (this.defaultContentType = n),
          (this.compositeErrorRegistry = i);
      }
      async serializeEventStream({
        eventStream: e,
        requestSchema: r,
        initialRequest: s,
        initialMessageType: o,
      }) {
        const n = this.marshaller,
          i = r.getEventStreamMember(),
          a = r.getMemberSchema(i),
          c = this.serializer,
          u = this.defaultContentType,
          l = Symbol('initialRequestMarker'),
          f = {
            async *[Symbol.asyncIterator]() {
              if (s) {
                const m = {
                  ':event-type': { type: 'string', value: o ?? 'initial-request' },
                  ':message-type': { type: 'string', value: 'event' },
                  ':content-type': { type: 'string', value: u },
                };
                c.write(r, s);
                const p = c.flush();
                yield { [l]: !0, headers: m, body: p };
              }
              for await (const m of e) yield m;
            },
          };
        return n.serialize(f, (m) => {
          if (m[l]) return { headers: m.headers, body: m.body };
          let p = '';
          for (const _ in m)
            if (R(m, _) && _ !== '__type') {
              p = _;
              break;
            }
          const {
            additionalHeaders: h,
            body: y,
            eventType: g,
            explicitPayloadContentType: w,
          } = this.writeEventBody(p, a, m);
          return {
            headers: {
              ':event-type': { type: 'string', value: g },
              ':message-type': { type: 'string', value: 'event' },
              ':content-type': { type: 'string', value: w ?? u },
              ...h,
            },
            body: y,
          };
        });
      }
      async deserializeEventStream({
        response: e,
        responseSchema: r,
        initialResponseContainer: s,
        initialMessageType: o,
      }) {
        const n = this.marshaller,
          i = r.getEventStreamMember(),
          c = r.getMemberSchema(i).getMemberSchemas(),
          u = Symbol('initialResponseMarker'),
          l = n.deserialize(e.body, async (p) => {
            let h = '';
            for (const g in p)
              if (R(p, g) && g !== '__type') {
                h = g;
                break;
              }
            const y = p[h].body;
            if (h === (o ?? 'initial-response')) {
              const g = await this.deserializer.read(r, y);
              return (delete g[i], { [u]: !0, ...g });
            } else if (h in c) {
              const g = c[h];
              if (g.isStructSchema()) {
                let w = {},
                  b = !1;
                for (const [_, A] of g.structIterator()) {
                  const { eventHeader: C, eventPayload: W } = A.getMergedTraits();
                  if (((b = b || !!(C || W)), W))
                    A.isBlobSchema()
                      ? (w[_] = y)
                      : A.isStringSchema()
                        ? (w[_] = (this.serdeContext?.utf8Encoder ?? de)(y))
                        : A.isStructSchema() && (w[_] = await this.deserializer.read(A, y));
                  else if (C) {
                    const X = p[h].headers[_]?.value;
                    X != null &&
                      (A.isNumericSchema()
                        ? X && typeof X == 'object' && 'bytes' in X
                          ? (w[_] = BigInt(X.toString()))
                          : (w[_] = Number(X))
                        : (w[_] = X));
                  }
                }
                return { [h]: await this.readEventMember(g, y, b, w) };
              }
              return { [h]: await this.deserializer.read(g, y) };
            } else return { $unknown: p };
          }),
          f = l[Symbol.asyncIterator](),
          m = await f.next();
        if (m.done) return l;
        if (m.value?.[u]) {
          if (!r)
            throw new Error(
              '@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.',
            );
          for (const p in m.value) R(m.value, p) && (s[p] = m.value[p]);
        }
        return {
          async *[Symbol.asyncIterator]() {
            for (m?.value?.[u] || (yield m.value); ; ) {
              const { done: p, value: h } = await f.next();
              if (p) break;
              yield h;
            }
          },
        };
      }
      async readEventMember(e, r, s, o) {
        let n,
          i = e.getSchema();
        if (Array.isArray(i) && i[0] === -3) {
          const c = i[1],
            u = ee.for(c);
          this.compositeErrorRegistry?.copyFrom(u), (n = (this.compositeErrorRegistry ?? u)?.getErrorCtor(i));
        }
        const a = s ? o : r.byteLength === 0 ? {} : await this.deserializer.read(e, r);
        if (n) {
          const c = a.message ?? a.Message ?? 'Unknown',
            u = {},
            l = e.getMergedTraits().error;
          return (l && (u.$fault = l), Object.assign(new n({}), u, { message: c }, a));
        }
        return a;
      }
      writeEventBody(e, r, s) {
        let o = this.serializer,
          n = e,
          i = null,
          a,
          c = r.getSchema()[4].includes(e),
          u = {};
        if (c) {
          const m = r.getMemberSchema(e);
          if (m.isStructSchema()) {
            for (const [p, h] of m.structIterator()) {
              const { eventHeader: y, eventPayload: g } = h.getMergedTraits();
              if (g) i = p;
              else if (y) {
                let w = s[e][p],
                  b = 'binary';
                h.isNumericSchema()
                  ? (-2) ** 31 <= w && w <= 2 ** 31 - 1
                    ? (b = 'integer')
                    : (b = 'long')
                  : h.isTimestampSchema()
                    ? (b = 'timestamp')
                    : h.isStringSchema()
                      ? (b = 'string')
                      : h.isBooleanSchema() && (b = 'boolean'),
                  w != null && ((u[p] = { type: b, value: w }), delete s[e][p]);
              }
            }
            if (i !== null) {
              const p = m.getMemberSchema(i);
              p.isBlobSchema() ? (a = 'application/octet-stream') : p.isStringSchema() && (a = 'text/plain'),
                o.write(p, s[e][i]);
            } else o.write(m, s[e]);
          } else if (m.isUnitSchema()) o.write(m, {});
          else
            throw new Error(
              '@smithy/core/event-streams - non-struct member not supported in event stream union.',
            );
        } else {
          const [m, p] = s[e];
          (n = m), o.write(15, p);
        }
        const l = o.flush() ?? new Uint8Array();
        return {
          body: typeof l == 'string' ? (this.serdeContext?.utf8Decoder ?? Me)(l) : l,
          eventType: n,
          explicitPayloadContentType: a,
          additionalHeaders: u,
        };
      }
    };
  });
var BA = {};
Le(BA, {
  EventStreamCodec: () => vn,
  EventStreamMarshaller: () => Qi,
  EventStreamSerde: () => qu,
  HeaderMarshaller: () => Rn,
  Int64: () => $s,
  MessageDecoderStream: () => Cn,
  MessageEncoderStream: () => In,
  SmithyMessageDecoderStream: () => Nn,
  SmithyMessageEncoderStream: () => On,
  UniversalEventStreamMarshaller: () => Co,
  eventStreamSerdeProvider: () => NA,
  getChunkedStream: () => Vu,
  getMessageUnmarshaller: () => Ki,
  getUnmarshalledStream: () => CA,
  iterableToReadableStream: () => PA,
  readableStreamToIterable: () => MA,
  resolveEventStreamSerdeConfig: () => DA,
  universalEventStreamSerdeProvider: () => IA,
});
var FA = d(() => {
  Oh();
  Nh();
  Ih();
  Mh();
  Ph();
  kh();
  Dh();
  OA();
  kA();
  Bh();
  $h();
  Lh();
  $A();
  LA();
});
var Bs,
  ju = d(() => {
    L();
    q();
    xn();
    To();
    Bs = class extends Ue {
      options;
      compositeErrorRegistry;
      constructor(e) {
        super(), (this.options = e), (this.compositeErrorRegistry = new ee(e.defaultNamespace));
        for (const r of e.errorTypeRegistries ?? []) this.compositeErrorRegistry.copyFrom(r);
      }
      getRequestType() {
        return H;
      }
      getResponseType() {
        return Be;
      }
      setSerdeContext(e) {
        (this.serdeContext = e),
          this.serializer.setSerdeContext(e),
          this.deserializer.setSerdeContext(e),
          this.getPayloadCodec() && this.getPayloadCodec().setSerdeContext(e);
      }
      updateServiceEndpoint(e, r) {
        if ('url' in r) {
          (e.protocol = r.url.protocol),
            (e.hostname = r.url.hostname),
            (e.port = r.url.port ? Number(r.url.port) : void 0),
            (e.path = r.url.pathname),
            (e.fragment = r.url.hash || void 0),
            (e.username = r.url.username || void 0),
            (e.password = r.url.password || void 0),
            e.query || (e.query = {});
          for (const [s, o] of r.url.searchParams.entries()) e.query[s] = o;
          if (r.headers)
            for (const s in r.headers) R(r.headers, s) && (e.headers[s] = r.headers[s].join(', '));
          return e;
        } else {
          if (
            ((e.protocol = r.protocol),
            (e.hostname = r.hostname),
            (e.port = r.port ? Number(r.port) : void 0),
            (e.path = r.path),
            (e.query = { ...r.query }),
            r.headers)
          )
            for (const s in r.headers) R(r.headers, s) && (e.headers[s] = r.headers[s]);
          return e;
        }
      }
      setHostPrefix(e, r, s, o = Lu(r)) {
        if (this.serdeContext?.disableHostPrefix) return;
        const n = o[4];
        if (typeof n != 'string') return;
        let i = n;
        for (const [a, [, c]] of Ke.of(r.input).getHttpBindings().request.memberBindings) {
          if (!((c >> 17) & 1)) continue;
          const u = s[a];
          if (typeof u != 'string')
            throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);
          i = i.replace(`{${a}}`, u);
        }
        if (((e.hostname = i + e.hostname), !bi(e.hostname)))
          throw new Error(`[${e.hostname}] is not a valid hostname.`);
      }
      deserializeMetadata(e) {
        return {
          httpStatusCode: e.statusCode,
          requestId:
            e.headers['x-amzn-requestid'] ?? e.headers['x-amzn-request-id'] ?? e.headers['x-amz-request-id'],
          extendedRequestId: e.headers['x-amz-id-2'],
          cfId: e.headers['x-amz-cf-id'],
        };
      }
      resolveError(e, r, s) {
        let o = [-3, '', 'Error', 0, [], [], 0],
          n;
        for (const i of s)
          for (const a of r)
            try {
              a === '*' ? (n = i.getSchema(e)) : (n = i.getSchema(a + '#' + e));
              const c = i.getErrorCtor(n);
              if (c) return [n, c, 'modeled'];
              {
                const u = i.getBaseException();
                if (u) {
                  const l = i.getErrorCtor(u);
                  if (l) return [n, l, 'synthetic'];
                }
              }
            } catch {}
        for (const i of s) {
          const a = i.getBaseException();
          if (a) {
            const c = i.getErrorCtor(a);
            if (c) return [a, c, 'synthetic'];
          }
        }
        return [o, Error, 'native'];
      }
      async serializeEventStream({ eventStream: e, requestSchema: r, initialRequest: s }) {
        return (await this.loadEventStreamCapability()).serializeEventStream({
          eventStream: e,
          requestSchema: r,
          initialRequest: s,
        });
      }
      async deserializeEventStream({ response: e, responseSchema: r, initialResponseContainer: s }) {
        return (await this.loadEventStreamCapability()).deserializeEventStream({
          response: e,
          responseSchema: r,
          initialResponseContainer: s,
        });
      }
      async loadEventStreamCapability() {
        const { EventStreamSerde: e, eventStreamSerdeProvider: r } = await Promise.resolve().then(
            () => (FA(), BA),
          ),
          s = this.resolveEventStreamMarshaller(r);
        return new e({
          marshaller: s,
          serializer: this.serializer,
          deserializer: this.deserializer,
          serdeContext: this.serdeContext,
          defaultContentType: this.getDefaultContentType(),
          compositeErrorRegistry: this.compositeErrorRegistry,
        });
      }
      getDefaultContentType() {
        throw new Error(
          `@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missing.`,
        );
      }
      async deserializeHttpMessage(e, r, s, o, n) {
        return [];
      }
      getEventStreamMarshaller() {
        const e = this.serdeContext;
        if (!e.eventStreamMarshaller)
          throw new Error('@smithy/core - HttpProtocol: eventStreamMarshaller missing in serdeContext.');
        return e.eventStreamMarshaller;
      }
      resolveEventStreamMarshaller(e) {
        const r = this.serdeContext;
        return r.eventStreamMarshaller ? r.eventStreamMarshaller : e(this.serdeContext);
      }
    };
  });
var Fs,
  UA = d(() => {
    L();
    M();
    To();
    ju();
    bn();
    $u();
    Fs = class extends Bs {
      async serializeRequest(e, r, s) {
        const o = r && typeof r == 'object' ? r : {},
          n = {},
          i = {},
          a = await s.endpoint(),
          c = Ke.of(e?.input),
          u = c.getHttpBindings().request,
          l = Lu(e),
          f = new H({ query: n, headers: i });
        if (a) {
          this.updateServiceEndpoint(f, a), this.setHostPrefix(f, e, o, l);
          const [p, h, y] = l;
          if (p) {
            (f.method = p), (f.path = f.path === '/' ? h : f.path + h);
            for (const [g, w] of y) n[g] = w;
          }
        }
        f.query = n;
        const m = this.serializeHttpBindings(o, f, u, l);
        return (m && (f.body = await this.serializeEventStream({ eventStream: m, requestSchema: c })), f);
      }
      serializeHttpBindings(e, r, s, o) {
        let n = this.serializer,
          i = typeof n.writeCodec == 'function' ? n : void 0,
          a = r.query,
          c = r.headers,
          u = s.syntheticBodySchema,
          l = !1,
          f,
          m,
          p,
          h = Object.getOwnPropertyNames(e),
          y = Object.getPrototypeOf(e),
          g =
            (y === Object.prototype || y === null) &&
            !s.hasIdempotency &&
            !s.hasPrefixHeaders &&
            h.length * 2 < s.memberBindings.length,
          w = g ? h.length : s.memberBindings.length;
        for (let A = 0; A < w; ++A) {
          const C = g ? (R(s.byName, h[A]) ? s.byName[h[A]] : void 0) : s.memberBindings[A];
          if (!C) continue;
          const W = C[1],
            X = C[0],
            Ee = W[0],
            Tt = W[1],
            Y = W[2],
            Te = C[2],
            Re = C[3],
            De = e[X];
          if (!(De == null && !((Tt >> 10) & 1)))
            if (Te === 36) {
              const V = (Tt >> 11) & 3;
              V
                ? V === 2
                  ? (m = De || void 0)
                  : (f = De)
                : (i ? i.writeCodec(Ee, De) : n.write(Ee, De), (f = n.flush()));
            } else if (Te === 33 || Te === 38) {
              const V = this.serializeHttpValue(W, De, Te, i);
              Te === 33 ? ((p ??= Object.create(null))[X] = V) : (c[Re] = V);
            } else if (Te === 39)
              for (const V in De) {
                if (!R(De, V)) continue;
                const Z = Re + V;
                c[Z.toLowerCase()] = this.serializeHttpValue(
                  Y,
                  De[V],
                  38,
                  i,
                  i ? Y[0] : [Y[0], { httpHeader: Z }],
                );
              }
            else (Te & 62) === 34 ? this.serializeQuery(W, De, Re, a, i) : (l = !0);
        }
        const b = o[1],
          _ = o[3];
        return (
          b && _ && r.path.endsWith(b) && (r.path = r.path.slice(0, -b.length) + this.serializePath(_, p, s)),
          l && u && (i ? i.writeCodec(u, e) : n.write(u, e), (f = n.flush())),
          (r.body = f),
          m
        );
      }
      serializeQuery(e, r, s, o, n) {
        const [i, a, c] = e,
          u = n ? void 0 : i.getMergedTraits();
        if (s === void 0) {
          for (const l in r)
            !R(r, l) ||
              l in o ||
              (n || Object.assign(c[0].getMergedTraits(), { ...u, httpQuery: l, httpQueryParams: void 0 }),
              this.serializeQuery(c, r[l], l, o, n));
          return;
        }
        if ((a & 192) === 64) {
          const l = [];
          for (const f of r) {
            const m = this.serializeHttpValue(c, f, 34, n, n ? c[0] : [c[0], u]);
            ((a >> 13) & 1 || m !== void 0) && l.push(m);
          }
          o[s] = l;
        } else o[s] = this.serializeHttpValue(e, r, 34, n, n ? i : [i, u]);
      }
      serializeHttpValue(e, r, s, o, n = e[0]) {
        const i = e[1],
          a = i & 255;
        return o && !(i & 1792) && (a <= 2 || a === 17 || a === 19)
          ? String(r)
          : (o ? o.writeHttpBinding(e, r, s) : this.serializer.write(n, r), this.serializer.flush());
      }
      serializePath(e, r, s) {
        let o = '';
        for (const [n, i] of e) {
          if (i === 0) {
            o += n;
            continue;
          }
          const a = r?.[n];
          if (a === void 0) {
            if (R(s.byName, n) && s.byName[n][2] === 33)
              throw new Error(`No value provided for input HTTP label: ${n}.`);
            o += `{${n}${i === 2 ? '+' : ''}}`;
          } else o += i === 2 ? a.split('/').map(tr).join('/') : tr(a);
        }
        return o;
      }
      async deserializeResponse(e, r, s) {
        const o = this.deserializer,
          n = typeof o.readCodec == 'function' ? o : void 0,
          i = Ke.of(e.output),
          a = i.getHttpBindings().response,
          c = {};
        if (s.statusCode >= 300) {
          const l = await ke(s.body, r);
          throw (
            l.byteLength > 0 && Object.assign(c, await o.read(15, l)),
            await this.handleError(e, r, s, c, this.deserializeMetadata(s)),
            new Error('@smithy/core/protocols - HTTP Protocol error handler failed to throw.')
          );
        }
        const u = await this.deserializeHttpMessage(i, r, s, c);
        if (u.length) {
          const l = await ke(s.body, r);
          if (l.byteLength > 0) {
            const f = await (n ? n.readCodec(a.syntheticBodySchema, l) : o.read(a.syntheticBodySchema, l));
            for (const m of u) f[m] != null && (c[m] = f[m]);
          }
        } else a.bindings.payload || (await ke(s.body, r));
        return ((c.$metadata = this.deserializeMetadata(s)), c);
      }
      async deserializeHttpMessage(e, r, s, o, n) {
        const i = o instanceof Set ? n : o,
          a = this.deserializer,
          c = typeof a.readCodec == 'function' ? a : void 0,
          u = Ke.of(e),
          {
            bodyMemberNames: l,
            bindings: { payload: f, statusCode: m, headers: p, prefixHeaders: h },
          } = u.getHttpBindings().response,
          y = s.headers;
        if (f) {
          const [g, w] = f,
            [b, _] = w,
            A = (_ >> 11) & 3;
          if (A)
            A === 2
              ? (i[g] = await this.deserializeEventStream({ response: s, responseSchema: u }))
              : (i[g] = Du(s.body));
          else if (s.body) {
            const C = await ke(s.body, r);
            C.byteLength > 0 && (i[g] = await (c ? c.readPayload(w, C) : a.read(b, C)));
          }
        }
        for (const g in y) {
          if (!R(y, g)) continue;
          const w = g.toLowerCase(),
            b = y[g];
          w !== g && (delete y[g], (y[w] = b));
          const _ = R(p, w) ? p[w] : void 0;
          if (!_) continue;
          const [A, [C, W, X], , Ee] = _;
          if (X) {
            const Tt = (W >> 16) & 1 ? Fc(b, ',', 2) : cn(b),
              Y = [];
            for (const Te of Tt)
              Y.push(
                c ? c.readHttpBinding(X, Te.trim(), 38) : await a.read([X[0], { httpHeader: Ee }], Te.trim()),
              );
            i[A] = Y;
          } else i[A] = c ? c.readHttpBinding(_[1], b, 38) : await a.read(C, b);
        }
        for (const [g, [, , w], , b] of h) {
          i[g] = {};
          for (const _ in y) {
            if (!R(y, _) || !_.startsWith(b)) continue;
            const A = y[_];
            i[g][_.slice(b.length)] = c
              ? c.readHttpBinding(w, A, 38)
              : await a.read([w[0], { httpHeader: _ }], A);
          }
        }
        return (m && (i[m[0]] = s.statusCode), l);
      }
    };
  });
var Br,
  Fh = d(() => {
    L();
    q();
    L();
    ju();
    bn();
    Br = class extends Bs {
      async serializeRequest(e, r, s) {
        let o = this.serializer,
          n = {},
          i = {},
          a = await s.endpoint(),
          c = T.of(e?.input),
          u = c.getSchema(),
          l,
          f = r && typeof r == 'object' ? r : {},
          m = new H({
            protocol: '',
            hostname: '',
            port: void 0,
            path: '/',
            fragment: void 0,
            query: n,
            headers: i,
            body: void 0,
          });
        if ((a && (this.updateServiceEndpoint(m, a), this.setHostPrefix(m, e, f)), f)) {
          const p = c.getEventStreamMember();
          if (p) {
            if (f[p]) {
              const h = {};
              for (const [y] of c.structIterator()) y !== p && f[y] != null && (h[y] = f[y]);
              l = await this.serializeEventStream({ eventStream: f[p], requestSchema: c, initialRequest: h });
            }
          } else o.write(u, f), (l = o.flush());
        }
        return (
          (m.headers = Object.assign(m.headers, i)), (m.query = n), (m.body = l), (m.method = 'POST'), m
        );
      }
      async deserializeResponse(e, r, s) {
        const o = this.deserializer,
          n = T.of(e.output),
          i = {};
        if (this.isErrorResponse(s.statusCode)) {
          const c = await ke(s.body, r);
          throw (
            c.byteLength > 0 && Object.assign(i, await o.read(15, c)),
            await this.handleError(e, r, s, i, this.deserializeMetadata(s)),
            new Error('@smithy/core/protocols - RPC Protocol error handler failed to throw.')
          );
        }
        for (const c in s.headers) {
          if (!R(s.headers, c)) continue;
          const u = s.headers[c];
          delete s.headers[c], (s.headers[c.toLowerCase()] = u);
        }
        const a = n.getEventStreamMember();
        if (a)
          i[a] = await this.deserializeEventStream({
            response: s,
            responseSchema: n,
            initialResponseContainer: i,
          });
        else {
          const c = await ke(s.body, r);
          c.byteLength > 0 && Object.assign(i, await o.read(n, c));
        }
        return ((i.$metadata = this.deserializeMetadata(s)), i);
      }
      isErrorResponse(e) {
        return e >= 300;
      }
    };
  });
var Us,
  Uh = d(() => {
    q();
    L();
    Fh();
    Us = class extends Br {
      constructor({ defaultNamespace: e, errorTypeRegistries: r }) {
        super({ defaultNamespace: e, errorTypeRegistries: r });
      }
      async serializeRequest(e, r, s) {
        const o = await super.serializeRequest(e, r, s);
        Object.assign(o.headers, {
          'content-type': this.getDefaultContentType(),
          'smithy-protocol': this.getSmithyProtocolHeaderValue(),
          accept: this.getDefaultContentType(),
        }),
          Ft(e.input) === 'unit' ? (delete o.body, delete o.headers['content-type']) : this.applyEmptyBody(o);
        const { service: n, operation: i } = le(s),
          a = `/service/${n}/operation/${i}`;
        return (o.path.endsWith('/') ? (o.path += a.slice(1)) : (o.path += a), o);
      }
      isErrorResponse(e) {
        return e !== 200;
      }
    };
  });
var Wu,
  Hh = d(() => {
    $u();
    Wu = (t, e, r, s, o, n) => {
      if (e != null && e[r] !== void 0) {
        const i = s();
        if (i == null || i.length <= 0)
          throw new Error('Empty value provided for input HTTP label: ' + r + '.');
        t = t.replace(
          o,
          n
            ? i
                .split('/')
                .map((a) => tr(a))
                .join('/')
            : tr(i),
        );
      } else throw new Error('No value provided for input HTTP label: ' + r + '.');
      return t;
    };
  });
function Gu(t, e) {
  return new Ji(t, e);
}
var Ji,
  HA = d(() => {
    L();
    Hh();
    Ji = class {
      input;
      context;
      query = {};
      method = '';
      headers = {};
      path = '';
      body = null;
      hostname = '';
      resolvePathStack = [];
      constructor(e, r) {
        (this.input = e), (this.context = r);
      }
      async build() {
        const { hostname: e, protocol: r = 'https', port: s, path: o } = await this.context.endpoint();
        this.path = o;
        for (const n of this.resolvePathStack) n(this.path);
        return new H({
          protocol: r,
          hostname: this.hostname || e,
          port: s,
          method: this.method,
          path: this.path,
          query: this.query,
          body: this.body,
          headers: this.headers,
        });
      }
      hn(e) {
        return ((this.hostname = e), this);
      }
      bp(e) {
        return (
          this.resolvePathStack.push((r) => {
            this.path = `${r?.endsWith('/') ? r.slice(0, -1) : r || ''}` + e;
          }),
          this
        );
      }
      p(e, r, s, o) {
        return (
          this.resolvePathStack.push((n) => {
            this.path = Wu(n, this.input, e, r, s, o);
          }),
          this
        );
      }
      h(e) {
        return ((this.headers = e), this);
      }
      q(e) {
        return ((this.query = e), this);
      }
      b(e) {
        return ((this.body = e), this);
      }
      m(e) {
        return ((this.method = e), this);
      }
    };
  });
var Hs,
  zh = d(() => {
    M();
    To();
    xn();
    Hs = class extends Ue {
      settings;
      constructor(e) {
        super(), (this.settings = e);
      }
      read(e, r) {
        const s = Ke.of(e),
          o = s.getMergedTraits(),
          n = s.getHttpBindingLocation(o);
        return this.readHttpBinding(s.getHttpBindingValue(n, o), r, n);
      }
      readHttpBinding([e, r, s], o, n) {
        const i = r & 255;
        if ((i & 192) === 64)
          return (
            (s ??= e.getHttpBindingCollectionValue(n)), cn(o).map((a) => this.readHttpBinding(s, a, n))
          );
        switch (i) {
          case 21:
          case 42:
            return (this.serdeContext?.base64Decoder ?? be)(o);
          case 4:
          case 5:
          case 6:
          case 7: {
            const a = this.settings.httpBindings ? (r >> 14) & 3 : 0;
            switch (
              this.settings.timestampFormat.useTrait && i > 4
                ? i
                : a
                  ? a + 4
                  : this.settings.timestampFormat.default
            ) {
              case 5:
                return Lc(o);
              case 6:
                return Bc(o);
              case 7:
                return vs(o);
              default:
                return (
                  console.warn('Missing timestamp format, parsing value with Date constructor:', o),
                  new Date(o)
                );
            }
          }
          case 0: {
            const a = (r >> 8) & 3;
            if (!a) return o;
            let c = o;
            return (
              (n & 6) === 6 &&
                (c = (this.serdeContext?.utf8Encoder ?? de)((this.serdeContext?.base64Decoder ?? be)(c))),
              a === 2 ? Ce.from(c) : c
            );
          }
          case 1:
            return Number(o);
          case 2:
            return o.toLowerCase() === 'true';
          case 17:
            return BigInt(o);
          case 19:
            return new z(o, 'bigDecimal');
          default:
            return o;
        }
      }
    };
  });
var zs,
  zA = d(() => {
    M();
    To();
    xn();
    zh();
    zs = class extends Ue {
      codecDeserializer;
      stringDeserializer;
      constructor(e, r) {
        super(), (this.codecDeserializer = e), (this.stringDeserializer = new Hs(r));
      }
      setSerdeContext(e) {
        this.stringDeserializer.setSerdeContext(e),
          this.codecDeserializer.setSerdeContext(e),
          (this.serdeContext = e);
      }
      read(e, r) {
        const s = Ke.of(e),
          o = s.getMergedTraits();
        if (o.httpHeader || o.httpResponseCode) {
          const n = s.getHttpBindingValue(38, o);
          return this.readHttpBinding(n, r, 38);
        }
        return o.httpPayload ? this.readPayload(s.getHttpBindingValue(36, o), r) : this.readCodec(s, r);
      }
      readHttpBinding(e, r, s) {
        const o = typeof r == 'string' ? r : (this.serdeContext?.utf8Encoder ?? de)(r);
        return this.stringDeserializer.readHttpBinding(e, o, s);
      }
      readPayload([e, r], s) {
        const o = r & 255;
        return o === 21 || o === 42
          ? typeof s == 'string'
            ? (this.serdeContext?.utf8Decoder ?? Me)(s)
            : s
          : o === 0
            ? typeof s == 'string'
              ? s
              : (this.serdeContext?.utf8Encoder ?? de)(s)
            : this.readCodec(e, s);
      }
      readCodec(e, r) {
        return this.codecDeserializer.read(e, r);
      }
    };
  });
var Mn,
  Vh = d(() => {
    M();
    To();
    xn();
    Mn = class extends Ue {
      settings;
      stringBuffer = '';
      constructor(e) {
        super(), (this.settings = e);
      }
      write(e, r) {
        const s = Ke.of(e),
          o = s.getMergedTraits(),
          n = s.getHttpBindingLocation(o);
        this.writeHttpBinding(s.getHttpBindingValue(n, o), r, n);
      }
      writeHttpBinding([e, r, s], o, n) {
        const i = r & 255;
        switch (typeof o) {
          case 'object':
            if (o === null) {
              this.stringBuffer = 'null';
              return;
            }
            if (i >= 4 && i <= 7) {
              if (!(o instanceof Date))
                throw new Error(
                  `@smithy/core/protocols - received non-Date value ${o} when schema expected Date in ${e.getName(!0)}`,
                );
              const u = this.settings.httpBindings ? (r >> 14) & 3 : 0;
              switch (
                this.settings.timestampFormat.useTrait && i > 4
                  ? i
                  : u
                    ? u + 4
                    : this.settings.timestampFormat.default
              ) {
                case 5:
                  this.stringBuffer = o.toISOString().replace('.000Z', 'Z');
                  break;
                case 6:
                  this.stringBuffer = vt(o);
                  break;
                case 7:
                  this.stringBuffer = String(o.getTime() / 1e3);
                  break;
                default:
                  console.warn('Missing timestamp format, using epoch seconds', o),
                    (this.stringBuffer = String(o.getTime() / 1e3));
              }
              return;
            }
            if ((i === 21 || i === 42) && 'byteLength' in o) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? ue)(o);
              return;
            }
            if ((i & 192) === 64 && Array.isArray(o)) {
              s ??= e.getHttpBindingCollectionValue(n);
              let u = s[1] & 255,
                l = u >= 4 && u <= 7,
                f = '';
              for (const m of o) {
                this.writeHttpBinding(s, m, n);
                const p = this.flush();
                f && (f += ', '), (f += l ? p : $c(p));
              }
              this.stringBuffer = f;
              return;
            }
            this.stringBuffer = JSON.stringify(o, null, 2);
            break;
          case 'string': {
            let a = (r >> 8) & 3,
              c = o;
            if ((a === 2 && (c = Ce.from(c)), a && (n & 6) === 6)) {
              this.stringBuffer = (this.serdeContext?.base64Encoder ?? ue)(c.toString());
              return;
            }
            this.stringBuffer = o;
            break;
          }
          default:
            this.stringBuffer = (r >> 10) & 1 ? Pt() : String(o);
        }
      }
      flush() {
        const e = this.stringBuffer;
        return ((this.stringBuffer = ''), e);
      }
    };
  });
var Vs,
  VA = d(() => {
    To();
    Vh();
    Vs = class {
      codecSerializer;
      stringSerializer;
      buffer;
      constructor(e, r, s = new Mn(r)) {
        (this.codecSerializer = e), (this.stringSerializer = s);
      }
      setSerdeContext(e) {
        this.codecSerializer.setSerdeContext(e), this.stringSerializer.setSerdeContext(e);
      }
      write(e, r) {
        const s = Ke.of(e),
          o = s.getMergedTraits();
        if (o.httpHeader || o.httpLabel || o.httpQuery) {
          const n = s.getHttpBindingLocation(o);
          this.writeHttpBinding(s.getHttpBindingValue(n, o), r, n);
          return;
        }
        this.writeCodec(s, r);
      }
      writeHttpBinding(e, r, s) {
        this.stringSerializer.writeHttpBinding(e, r, s), (this.buffer = this.stringSerializer.flush());
      }
      writeCodec(e, r) {
        this.codecSerializer.write(e, r);
      }
      flush() {
        if (this.buffer !== void 0) {
          const e = this.buffer;
          return ((this.buffer = void 0), e);
        }
        return this.codecSerializer.flush();
      }
    };
  });
function gt(t, e) {
  if (e.timestampFormat.useTrait) {
    const a = t.getSchema();
    if (a === 5 || a === 6 || a === 7) return a;
  }
  const { httpLabel: r, httpPrefixHeaders: s, httpHeader: o, httpQuery: n } = t.getMergedTraits();
  return (
    (e.httpBindings ? (typeof s == 'string' || o ? 6 : n || r ? 5 : void 0) : void 0) ??
    e.timestampFormat.default
  );
}
var Pn = d(() => {});
var qA,
  Ku,
  jA = d(() => {
    (qA = we(Lt())),
      (Ku = class {
        name;
        kind;
        values;
        constructor({ name: e, kind: r = qA.FieldPosition.HEADER, values: s = [] }) {
          (this.name = e), (this.kind = r), (this.values = s);
        }
        add(e) {
          this.values.push(e);
        }
        set(e) {
          this.values = e;
        }
        remove(e) {
          this.values = this.values.filter((r) => r !== e);
        }
        toString() {
          return this.values.map((e) => (e.includes(',') || e.includes(' ') ? `"${e}"` : e)).join(', ');
        }
        get() {
          return this.values;
        }
      });
  });
var Qu,
  WA = d(() => {
    Qu = class {
      entries = {};
      encoding;
      constructor({ fields: e = [], encoding: r = 'utf-8' }) {
        e.forEach(this.setField.bind(this)), (this.encoding = r);
      }
      setField(e) {
        this.entries[e.name.toLowerCase()] = e;
      }
      getField(e) {
        return this.entries[e.toLowerCase()];
      }
      removeField(e) {
        delete this.entries[e.toLowerCase()];
      }
      getByType(e) {
        return Object.values(this.entries).filter((r) => r.kind === e);
      }
    };
  });
var Fr,
  Ur,
  GA = d(() => {
    (Fr = (t) => (
      t.logger &&
        t.logger.constructor?.name !== 'NoOpLogger' &&
        t.requestHandler?.updateHttpClientConfig?.(Symbol.for('logger'), t.logger),
      t.defaultSocketTimeout &&
        t.requestHandler?.updateHttpClientConfig?.(
          Symbol.for('@smithy/defaultSocketTimeout'),
          t.defaultSocketTimeout,
        ),
      {
        setHttpHandler(e) {
          t.requestHandler = e;
        },
        httpHandler() {
          return t.requestHandler;
        },
        updateHttpClientConfig(e, r) {
          t.requestHandler?.updateHttpClientConfig(e, r);
        },
        httpHandlerConfigs() {
          return t.requestHandler.httpHandlerConfigs();
        },
      }
    )),
      (Ur = (t) => ({ requestHandler: t.httpHandler() }));
  });
function qh(t) {
  return (e) => async (r) => {
    const s = r.request;
    if (H.isInstance(s)) {
      const { body: o, headers: n } = s;
      if (
        o &&
        Object.keys(n)
          .map((i) => i.toLowerCase())
          .indexOf(KA) === -1
      )
        try {
          const i = t(o);
          i != null && (s.headers = { ...s.headers, [KA]: String(i) });
        } catch {}
    }
    return e({ ...r, request: s });
  };
}
var KA,
  jh,
  Hr,
  QA = d(() => {
    L();
    KA = 'content-length';
    (jh = {
      step: 'build',
      tags: ['SET_CONTENT_LENGTH', 'CONTENT_LENGTH'],
      name: 'contentLengthMiddleware',
      override: !0,
    }),
      (Hr = (t) => ({
        applyToStack: (e) => {
          e.add(qh(t.bodyLengthChecker), jh);
        },
      }));
  });
var qs,
  FL,
  Ju = d(() => {
    (qs = (t) => encodeURIComponent(t).replace(/[!'()*]/g, FL)),
      (FL = (t) => `%${t.charCodeAt(0).toString(16).toUpperCase()}`);
  });
var JA,
  XA = d(() => {
    Ju();
    JA = (t) => t.split('/').map(qs).join('/');
  });
function YA(t) {
  const e = [];
  for (let r of Object.keys(t).sort()) {
    const s = t[r];
    if (((r = qs(r)), Array.isArray(s))) for (let o = 0, n = s.length; o < n; o++) e.push(`${r}=${qs(s[o])}`);
    else {
      let o = r;
      (s || typeof s == 'string') && (o += `=${qs(s)}`), e.push(o);
    }
  }
  return e.join('&');
}
var ZA = d(() => {
  Ju();
});
var yt,
  Io = d(() => {
    yt = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var kn,
  Wh = d(() => {
    kn = class {
      from;
      to;
      keys;
      constructor(e, r) {
        (this.from = e), (this.to = r);
        const s = Object.keys(this.from),
          o = new Set(s);
        o.delete('__type'), (this.keys = o);
      }
      mark(e) {
        this.keys.delete(e);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          const e = this.keys.values().next().value,
            r = this.from[e];
          this.to.$unknown = [e, r];
        }
      }
    };
  });
function Xu() {
  if (Xi === void 0)
    try {
      if (typeof Buffer != 'function') Xi = !1;
      else {
        const t = JSON.parse(Buffer.from([123, 125]));
        Xi = t !== null && typeof t == 'object';
      }
    } catch {
      Xi = !1;
    }
  return Xi;
}
var Xi,
  Gh = d(() => {});
function Dn(t, e, r) {
  if (r?.source) {
    const s = r.source;
    if (typeof e == 'number')
      return e <= Number.MAX_SAFE_INTEGER && e >= Number.MIN_SAFE_INTEGER
        ? HL(s, e)
          ? e
          : new z(s, 'bigDecimal')
        : UL(s)
          ? new z(s, 'bigDecimal')
          : /[eE]/.test(s)
            ? zL(s)
            : BigInt(s);
  }
  return e;
}
function UL(t) {
  const e = t.indexOf('.');
  if (e === -1) return !1;
  const r = t.search(/[eE]/);
  if (r === -1) return !0;
  const s = r - e - 1;
  return parseInt(t.slice(r + 1), 10) < s;
}
function HL(t, e) {
  if (t === String(e) || Object.is(e, -0)) return !0;
  if (/[eE]/.test(t)) return Kh(t) === Kh(String(e));
  const r = t.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''),
    s = String(e);
  return r === s ? !0 : /[eE]/.test(s) ? r === Kh(s) : !1;
}
function Kh(t) {
  let e = t.startsWith('-'),
    r = e ? t.slice(1) : t,
    s = r.search(/[eE]/),
    o;
  if (s === -1) o = r;
  else {
    let n = parseInt(r.slice(s + 1), 10),
      i = r.slice(0, s),
      a = i.indexOf('.'),
      c,
      u;
    a === -1 ? ((c = i), (u = i.length)) : ((c = i.slice(0, a) + i.slice(a + 1)), (u = a)),
      (c = c.replace(/0+$/, '') || '0');
    const l = u + n;
    c === '0'
      ? (o = '0')
      : l <= 0
        ? (o = '0.' + '0'.repeat(-l) + c)
        : l >= c.length
          ? (o = c + '0'.repeat(l - c.length))
          : (o = c.slice(0, l) + '.' + c.slice(l));
  }
  return (o.includes('.') && (o = o.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')), (e ? '-' : '') + o);
}
function zL(t) {
  let e = t.search(/[eE]/),
    r = parseInt(t.slice(e + 1), 10),
    s = t.startsWith('-'),
    o = t.slice(s ? 1 : 0, e),
    n = o.indexOf('.'),
    i,
    a;
  if (n === -1) (i = o), (a = r);
  else {
    i = o.slice(0, n) + o.slice(n + 1);
    const u = o.length - n - 1;
    a = r - u;
  }
  i = i.replace(/0+$/, '') || '0';
  const c = BigInt(i) * 10n ** BigInt(a + (o.replace('.', '').length - i.length));
  return s ? -c : c;
}
var Yu = d(() => {
  M();
});
function $n(t) {
  const e = T.of(t),
    r = e.getSchema();
  if (Array.isArray(r) && e.isStructSchema()) {
    if (Qh in r) return r[Qh];
    const s = Zu(e, new Set());
    return ((r[Qh] = s), s);
  }
  return Zu(e, new Set());
}
function Zu(t, e) {
  const r = t.getSchema();
  if (e.has(r)) return !1;
  if ((e.add(r), t.isBigIntegerSchema() || t.isBigDecimalSchema())) return !0;
  if (t.isStructSchema()) {
    for (const [, s] of t.structIterator()) if (Zu(s, e)) return !0;
  } else if (t.isListSchema() || t.isMapSchema()) {
    if (Zu(t.getValueSchema(), e)) return !0;
  } else if (t.isDocumentSchema()) return !0;
  return !1;
}
var Qh,
  ed = d(() => {
    q();
    Qh = Symbol.for('@aws-sdk/reviver');
  });
var eT,
  tT = d(() => {
    bn();
    M();
    eT = (t, e) => ke(t, e).then((r) => (e?.utf8Encoder ?? de)(r));
  });
async function hs(t, e, r) {
  let s;
  if (Xu() && typeof t?.[Symbol.asyncIterator] == 'function') {
    const n = await ke(t, e);
    typeof Buffer == 'function' &&
      (Buffer.isBuffer(n) ? (s = n) : (s = Buffer.from(n.buffer, n.byteOffset, n.byteLength)));
  }
  if ((s || (s = await eT(t, e)), s.length === 0)) return {};
  const o = r && $n(r) ? Dn : void 0;
  try {
    return JSON.parse(s, o);
  } catch (n) {
    throw (
      n?.name === 'SyntaxError' &&
        Object.defineProperty(n, '$responseBodyText', {
          value: typeof s == 'string' ? s : s.toString('utf8'),
        }),
      n
    );
  }
}
var td,
  rT,
  Jh,
  Ln,
  Bn,
  Fn,
  sT,
  Yi = d(() => {
    bn();
    tT();
    Gh();
    Yu();
    ed();
    (td = async (t, e) => {
      const r = await hs(t, e);
      return ((r.message = r.message ?? r.Message), r);
    }),
      (rT = (t, e) => Object.keys(t).find((r) => r.toLowerCase() === e.toLowerCase())),
      (Jh = (t) => {
        let e = t;
        return (
          typeof e == 'number' && (e = e.toString()),
          e.indexOf(',') >= 0 && (e = e.split(',')[0]),
          e.indexOf(':') >= 0 && (e = e.split(':')[0]),
          e.indexOf('#') >= 0 && (e = e.split('#')[1]),
          e
        );
      }),
      (Ln = (t, e) => sT(t, e, ['header', 'code', 'type'])),
      (Bn = (t, e, r = !1) => sT(t, e, r ? ['code', 'header', 'type'] : ['type', 'code', 'header'])),
      (Fn = (t, e) => {
        if (e?.__type !== void 0) {
          let r = e.__type;
          return (
            typeof r == 'number' && (r = r.toString()),
            r.indexOf(',') >= 0 && (r = r.split(',')[0]),
            r.indexOf(':') >= 0 && (r = r.split(':')[0]),
            r
          );
        }
      }),
      (sT = ({ headers: t }, e, r) => {
        for (; r.length > 0; )
          switch (r.shift()) {
            case 'header': {
              const o = rT(t ?? {}, 'x-amzn-errortype');
              if (o !== void 0) return Jh(t[o]);
              break;
            }
            case 'code': {
              const n = rT(e ?? {}, 'code');
              if (n && e[n] !== void 0) return Jh(e[n]);
              break;
            }
            case 'type':
              if (e?.__type !== void 0) return Jh(e.__type);
              break;
          }
      });
  });
var js,
  Xh = d(() => {
    Pn();
    q();
    M();
    Io();
    Wh();
    Gh();
    Yu();
    ed();
    Yi();
    L();
    js = class extends yt {
      settings;
      constructor(e) {
        super(), (this.settings = e);
      }
      async read(e, r) {
        let s = $n(e) ? Dn : void 0,
          o;
        if (typeof r == 'string') {
          if (r.length === 0) return {};
          o = JSON.parse(r, s);
        } else if (r instanceof Uint8Array && Xu()) {
          if (r.byteLength === 0) return {};
          const n = Buffer.isBuffer(r) ? r : Buffer.from(r.buffer, r.byteOffset, r.byteLength);
          o = JSON.parse(n, s);
        } else o = await hs(r, this.serdeContext, e);
        return this._read(e, o);
      }
      readObject(e, r) {
        return this._read(e, r);
      }
      _read(e, r) {
        const s = r !== null && typeof r == 'object',
          o = T.of(e);
        if (s) {
          if (o.isStructSchema()) return this._readStruct(o, r);
          if (Array.isArray(r) && o.isListSchema()) {
            const i = o.getValueSchema();
            if (this.needsTransform(i)) for (let a = 0; a < r.length; ++a) r[a] = this._read(i, r[a]);
            return r;
          }
          if (o.isMapSchema()) {
            const i = o.getValueSchema(),
              a = r;
            if (this.needsTransform(i))
              for (const c in a) R(a, c) && (c === '__proto__' && lt(a), (a[c] = this._read(i, a[c])));
            return a;
          }
        }
        if (o.isBlobSchema() && typeof r == 'string') return be(r);
        const n = o.getMergedTraits().mediaType;
        if (o.isStringSchema() && typeof r == 'string' && n)
          return n === 'application/json' || n.endsWith('+json') ? Ce.from(r) : r;
        if (o.isTimestampSchema() && r != null)
          switch (gt(o, this.settings)) {
            case 5:
              return nn(r);
            case 6:
              return Rs(r);
            case 7:
              return an(r);
            default:
              return (
                console.warn('Missing timestamp format, parsing value with Date constructor:', r), new Date(r)
              );
          }
        if (o.isBigIntegerSchema() && (typeof r == 'number' || typeof r == 'string')) return BigInt(r);
        if (o.isBigDecimalSchema() && r != null) {
          if (r instanceof z) return r;
          const i = r;
          return i.type === 'bigDecimal' && 'string' in i
            ? new z(i.string, i.type)
            : new z(String(r), 'bigDecimal');
        }
        if (o.isNumericSchema() && typeof r == 'string') {
          switch (r) {
            case 'Infinity':
              return 1 / 0;
            case '-Infinity':
              return -1 / 0;
            case 'NaN':
              return NaN;
          }
          return r;
        }
        if (o.isDocumentSchema() && s)
          if (Array.isArray(r))
            for (let i = 0; i < r.length; ++i) {
              const a = r[i];
              a instanceof z || (r[i] = this._read(o, a));
            }
          else {
            const i = r;
            for (const a in i) {
              if (!R(i, a)) continue;
              a === '__proto__' && lt(i);
              const c = i[a];
              c instanceof z || (i[a] = this._read(o, c));
            }
          }
        return r;
      }
      _readStruct(e, r) {
        let s = e.isUnionSchema(),
          o = {},
          n,
          i = typeof r.__type == 'string',
          { jsonName: a } = this.settings;
        a && i && (n = {});
        let c;
        s && (c = new kn(r, o));
        for (const [u, l] of e.structIterator()) {
          let f = u;
          a && ((f = l.getMergedTraits().jsonName ?? f), i && (n[f] = u)),
            s && c.mark(f),
            r[f] != null && (o[u] = this._read(l, r[f]));
        }
        if (s) c.writeUnknown();
        else if (i)
          for (const u in r) {
            if (!R(r, u)) continue;
            const l = r[u],
              f = a ? (n[u] ?? u) : u;
            f in o || (o[f] = l);
          }
        return o;
      }
      needsTransform(e) {
        return !!(
          e.isBlobSchema() ||
          e.isTimestampSchema() ||
          e.isBigIntegerSchema() ||
          e.isBigDecimalSchema() ||
          e.isNumericSchema() ||
          e.isDocumentSchema() ||
          e.isStructSchema() ||
          e.isListSchema() ||
          e.isMapSchema() ||
          (e.isStringSchema() && e.getMergedTraits().mediaType)
        );
      }
    };
  });
var rd,
  oT,
  nT = d(() => {
    M();
    (rd = class t extends Uint8Array {
      string = null;
      static allocUnsafe(e) {
        if (typeof Buffer == 'function') {
          const r = Buffer.allocUnsafe(e);
          return new t(r.buffer, r.byteOffset, r.byteLength);
        }
        return new t(e);
      }
      toString() {
        return this.s();
      }
      valueOf() {
        return this.s();
      }
      includes(e, r) {
        return typeof e == 'string'
          ? this.s().includes(e, r)
          : Uint8Array.prototype.includes.call(this, e, r);
      }
      indexOf(e, r) {
        return typeof e == 'string' ? this.s().indexOf(e, r) : Uint8Array.prototype.indexOf.call(this, e, r);
      }
      lastIndexOf(e, r) {
        if (typeof e == 'string') return this.s().lastIndexOf(e, r);
        const s = Uint8Array.prototype.lastIndexOf;
        return r !== void 0 ? s.call(this, e, r) : s.call(this, e);
      }
      startsWith(e, r) {
        return this.s().startsWith(e, r);
      }
      endsWith(e, r) {
        return this.s().endsWith(e, r);
      }
      match(e) {
        return this.s().match(e);
      }
      replace(e, r) {
        return this.s().replace(e, r);
      }
      search(e) {
        return this.s().search(e);
      }
      split(e, r) {
        return this.s().split(e, r);
      }
      substring(e, r) {
        return this.s().substring(e, r);
      }
      trim() {
        return this.s().trim();
      }
      trimStart() {
        return this.s().trimStart();
      }
      trimEnd() {
        return this.s().trimEnd();
      }
      charAt(e) {
        return this.s().charAt(e);
      }
      charCodeAt(e) {
        return this.s().charCodeAt(e);
      }
      padStart(e, r) {
        return this.s().padStart(e, r);
      }
      padEnd(e, r) {
        return this.s().padEnd(e, r);
      }
      repeat(e) {
        return this.s().repeat(e);
      }
      toUpperCase() {
        return this.s().toUpperCase();
      }
      toLowerCase() {
        return this.s().toLowerCase();
      }
      s() {
        if (this.string == null) {
          const e = Date.now();
          e > oT + 6e4 &&
            (console.warn(
              '@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error.',
            ),
            (oT = e)),
            (this.string = de(this));
        }
        return this.string;
      }
    }),
      (oT = 0);
  });
function Yh(t) {
  return rd.allocUnsafe(t);
}
var sd,
  iT,
  aT,
  VL,
  qL,
  Un,
  od,
  nd,
  cT,
  jL,
  WL,
  GL,
  zr,
  uT,
  Ws,
  Zh = d(() => {
    Pn();
    q();
    M();
    Io();
    L();
    nT();
    (sd = new TextEncoder()),
      (iT = 123),
      (aT = 125),
      (VL = 91),
      (qL = 93),
      (Un = 34),
      (od = 58),
      (nd = 44),
      (cT = 92),
      (jL = new Uint8Array([116, 114, 117, 101])),
      (WL = new Uint8Array([102, 97, 108, 115, 101])),
      (GL = new Uint8Array([110, 117, 108, 108])),
      (zr = new Array(128).fill(null));
    zr[8] = 'b';
    zr[9] = 't';
    zr[10] = 'n';
    zr[12] = 'f';
    zr[13] = 'r';
    zr[34] = '"';
    zr[92] = '\\';
    for (let t = 0; t < 32; t++) zr[t] === null && (zr[t] = 'u00' + t.toString(16).padStart(2, '0'));
    uT = 2048;
    Ws = class t extends yt {
      settings;
      json;
      i = 0;
      rootSchema;
      rawValue;
      passthrough = !1;
      constructor(e) {
        super(), (this.settings = e), (this.json = Yh(uT));
      }
      write(e, r) {
        (this.i = 0),
          (this.rawValue = r),
          (this.rootSchema = T.of(e)),
          (this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema()),
          this.passthrough || this.writeValue(this.rootSchema, r, void 0);
      }
      writeDiscriminatedDocument(e, r) {
        (this.i = 0), (this.rootSchema = T.of(e));
        const s = this.rootSchema;
        if (s.isStructSchema() && r != null && typeof r == 'object') {
          this.writeValue(s, r, void 0);
          const o = `"__type":"${s.getName(!0) ?? 'Unknown'}",`,
            n = o.length;
          this.ensure(n),
            this.json.copyWithin(1 + n, 1, this.i),
            sd.encodeInto(o, this.json.subarray(1)),
            (this.i += n);
        } else this.writeValue(s, r, void 0);
      }
      flush() {
        this.rootSchema = void 0;
        const e = this.i;
        this.i = 0;
        const r = this.rawValue;
        if (((this.rawValue = void 0), e === 0)) return r;
        const s = this.json.subarray(0, e);
        return ((this.json = Yh(uT)), s);
      }
      ensure(e) {
        const { i: r, json: s } = this;
        if (r + e > s.length) {
          let o = s.length * 2;
          for (; o < r + e; ) o *= 2;
          const n = Yh(o);
          n.set(this.json), (this.json = n);
        }
      }
      writeAscii(e) {
        const r = e.length;
        this.ensure(r);
        let { i: s, json: o } = this;
        for (let n = 0; n < r; ++n) (o[s] = e.charCodeAt(n)), (s += 1);
        this.i = s;
      }
      writeAsciiQuoted(e) {
        const r = e.length;
        this.ensure(r + 4);
        let { json: s, i: o } = this;
        s[o++] = Un;
        for (let n = 0; n < r; ++n) s[o++] = e.charCodeAt(n);
        (s[o++] = Un), (this.i = o);
      }
      writeJsonString(e) {
        const r = e.length;
        this.ensure(r * 3 + 2), (this.json[this.i++] = Un);
        for (let s = 0; s < r; ++s) {
          const o = e.charCodeAt(s);
          if (o > 34 && o < 92) this.json[this.i++] = o;
          else if (o < 128) {
            const n = zr[o];
            if (n !== null) {
              this.ensure(n.length + 1 + (r - s - 1) * 3 + 1), (this.json[this.i++] = cT);
              for (let i = 0; i < n.length; i++) this.json[this.i++] = n.charCodeAt(i);
            } else this.json[this.i++] = o;
          } else if (o >= 55296 && o <= 56319) {
            const n = s + 1 < r ? e.charCodeAt(s + 1) : 0;
            if (n >= 56320 && n <= 57343) {
              this.ensure(4);
              const { written: i } = sd.encodeInto(e.substring(s, s + 2), this.json.subarray(this.i));
              (this.i += i), ++s;
            } else this.ensure(6 + (r - s - 1) * 3 + 1), this.writeUnicodeEscape(o);
          } else if (o >= 56320 && o <= 57343)
            this.ensure(6 + (r - s - 1) * 3 + 1), this.writeUnicodeEscape(o);
          else {
            let { i: n, json: i } = this;
            o < 2048
              ? ((i[n++] = 192 | (o >> 6)), (i[n++] = 128 | (o & 63)))
              : ((i[n++] = 224 | (o >> 12)), (i[n++] = 128 | ((o >> 6) & 63)), (i[n++] = 128 | (o & 63))),
              (this.i = n);
          }
        }
        this.json[this.i++] = Un;
      }
      writeUnicodeEscape(e) {
        let { json: r, i: s } = this;
        (r[s++] = cT), (r[s++] = 117);
        const o = e.toString(16).padStart(4, '0');
        for (let n = 0; n < 4; ++n) r[s++] = o.charCodeAt(n);
        this.i = s;
      }
      static B64 = (() => {
        const e = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
          r = new Uint8Array(64);
        for (let s = 0; s < 64; ++s) r[s] = e.charCodeAt(s);
        return r;
      })();
      writeBase64(e) {
        const r = Math.ceil(e.length / 3) * 4;
        this.ensure(r + 2);
        let s = this.json,
          o = t.B64,
          n = this.i;
        s[n++] = Un;
        const i = e.length,
          a = i % 3,
          c = i - a;
        for (let u = 0; u < c; u += 3) {
          const l = e[u],
            f = e[u + 1],
            m = e[u + 2];
          (s[n++] = o[l >> 2]),
            (s[n++] = o[((l & 3) << 4) | (f >> 4)]),
            (s[n++] = o[((f & 15) << 2) | (m >> 6)]),
            (s[n++] = o[m & 63]);
        }
        if (a === 2) {
          const u = e[c],
            l = e[c + 1];
          (s[n++] = o[u >> 2]),
            (s[n++] = o[((u & 3) << 4) | (l >> 4)]),
            (s[n++] = o[(l & 15) << 2]),
            (s[n++] = 61);
        } else if (a === 1) {
          const u = e[c];
          (s[n++] = o[u >> 2]), (s[n++] = o[(u & 3) << 4]), (s[n++] = 61), (s[n++] = 61);
        }
        (s[n++] = Un), (this.i = n);
      }
      writeValue(e, r, s) {
        if (r == null) {
          if (s?.isStructSchema()) {
            if (r === void 0 && T.of(e).isIdempotencyToken()) {
              this.writeAsciiQuoted(Pt());
              return;
            }
            return;
          }
          this.ensure(4), this.json.set(GL, this.i), (this.i += 4);
          return;
        }
        const o = T.of(e),
          n = typeof r == 'object';
        if (o.isStringSchema()) {
          const i = o.getMergedTraits().mediaType;
          if (i && (i === 'application/json' || i.endsWith('+json'))) {
            this.writeJsonString(Ce.from(r).toString());
            return;
          }
        }
        if (
          this.settings.bigNumberAsString &&
          r != null &&
          (o.isBigIntegerSchema() || o.isBigDecimalSchema())
        ) {
          const i = r instanceof z ? r.string : String(r);
          this.writeAsciiQuoted(i);
          return;
        }
        if (n) {
          if (o.isStructSchema()) {
            this.writeStruct(o, r);
            return;
          }
          if (Array.isArray(r) && (o.isListSchema() || o.isDocumentSchema())) {
            this.writeList(o, r, o.isDocumentSchema());
            return;
          }
          if (o.isMapSchema()) {
            this.writeMap(o, r, !1);
            return;
          }
          if (r instanceof Uint8Array && (o.isBlobSchema() || o.isDocumentSchema())) {
            this.writeBase64(r);
            return;
          }
          if (r instanceof Date && (o.isTimestampSchema() || o.isDocumentSchema())) {
            this.writeTimestamp(o, r);
            return;
          }
          if (r instanceof z) {
            this.writeAscii(r.string);
            return;
          }
          if (o.isDocumentSchema()) {
            Array.isArray(r) ? this.writeList(o, r, !0) : this.writeMap(o, r, !0);
            return;
          }
          const i = JSON.stringify(r);
          this.writeAscii(i);
          return;
        }
        if (typeof r == 'string') {
          if (o.isBlobSchema()) {
            const i = (this.serdeContext?.base64Encoder ?? ue)(r);
            this.writeAsciiQuoted(i);
            return;
          }
          this.writeJsonString(r);
          return;
        }
        if (typeof r == 'number') {
          if (Math.abs(r) === 1 / 0 || Number.isNaN(r)) {
            this.writeAsciiQuoted(String(r));
            return;
          }
          const i = String(r);
          this.writeAscii(i);
          return;
        }
        if (typeof r == 'boolean') {
          this.ensure(5);
          let { i, json: a } = this;
          r ? (a.set(jL, i), (i += 4)) : (a.set(WL, i), (i += 5)), (this.i = i);
          return;
        }
        if (typeof r == 'bigint') {
          this.writeAscii(r.toString());
          return;
        }
        this.writeAscii(String(r));
      }
      writeStruct(e, r) {
        this.ensure(2), (this.json[this.i++] = iT);
        let s = !1,
          o = typeof r.__type == 'string',
          n;
        o && (n = new Set());
        for (const [i, a] of e.structIterator()) {
          const c = r[i];
          if (c == null && !a.isIdempotencyToken()) continue;
          s && (this.ensure(1), (this.json[this.i++] = nd)), (s = !0);
          const u = this.settings.jsonName ? (a.getMergedTraits().jsonName ?? i) : i;
          n && (n.add(i), n.add(u)),
            this.writeAsciiQuoted(u),
            (this.json[this.i++] = od),
            this.writeValue(a, c, e);
        }
        if (!s && e.isUnionSchema()) {
          const { $unknown: i } = r;
          if (Array.isArray(i)) {
            const [a, c] = i;
            this.writeAsciiQuoted(a), this.ensure(1), (this.json[this.i++] = od), this.writeValue(15, c, e);
          }
        } else if (o)
          for (const i in r) {
            if (n.has(i)) continue;
            n.add(i);
            const a = r[i];
            s && (this.ensure(1), (this.json[this.i++] = nd)),
              (s = !0),
              this.writeAsciiQuoted(i),
              this.ensure(1),
              (this.json[this.i++] = od),
              this.writeValue(15, a, void 0);
          }
        this.ensure(1), (this.json[this.i++] = aT);
      }
      writeList(e, r, s) {
        const o = !!e.getMergedTraits().sparse,
          n = e.getValueSchema();
        if (!s && (n.isStringSchema() || n.isNumericSchema() || n.isBooleanSchema())) {
          let a = !1;
          for (let u = 0; u < r.length; ++u) {
            const l = r[u];
            if (Number.isNaN(l) || l === 1 / 0 || l === -1 / 0 || (l == null && !o)) {
              a = !0;
              break;
            }
          }
          let c;
          if (!a) c = JSON.stringify(r);
          else {
            const u = [];
            for (let l = 0; l < r.length; ++l) {
              const f = r[l];
              (f == null && !o) ||
                (Number.isNaN(f) || f === 1 / 0 || f === -1 / 0 ? u.push(String(f)) : u.push(f));
            }
            c = JSON.stringify(u);
          }
          this.ensure(c.length * 3), (this.i += sd.encodeInto(c, this.json.subarray(this.i)).written);
          return;
        }
        this.ensure(2), (this.json[this.i++] = VL);
        let i = !1;
        for (let a = 0; a < r.length; ++a) {
          const c = r[a];
          (s ? c === void 0 : c == null && !o) ||
            (i && (this.ensure(1), (this.json[this.i++] = nd)), this.writeValue(n, c, void 0), (i = !0));
        }
        this.ensure(1), (this.json[this.i++] = qL);
      }
      writeMap(e, r, s) {
        const o = !!e.getMergedTraits().sparse,
          n = e.getValueSchema();
        if (!s && (n.isStringSchema() || n.isNumericSchema() || n.isBooleanSchema())) {
          let a;
          for (const u in r) {
            if (!R(r, u)) continue;
            const l = r[u];
            Number.isNaN(l) || l === 1 / 0 || l === -1 / 0
              ? (((a ??= {})[u] = l), (r[u] = String(l)))
              : l === null && !o && (((a ??= {})[u] = null), (r[u] = void 0));
          }
          const c = JSON.stringify(r);
          a && Object.assign(r, a),
            this.ensure(c.length * 3),
            (this.i += sd.encodeInto(c, this.json.subarray(this.i)).written);
          return;
        }
        this.ensure(2), (this.json[this.i++] = iT);
        let i = !0;
        for (const a in r) {
          if (!R(r, a)) continue;
          const c = r[a];
          (s ? c === void 0 : c == null && !o) ||
            (i || (this.ensure(1), (this.json[this.i++] = nd)),
            (i = !1),
            this.writeJsonString(a),
            this.ensure(1),
            (this.json[this.i++] = od),
            this.writeValue(n, c, void 0));
        }
        this.ensure(1), (this.json[this.i++] = aT);
      }
      writeTimestamp(e, r) {
        switch (gt(e, this.settings)) {
          case 5: {
            const o = r.toISOString().replace('.000Z', 'Z');
            this.writeAsciiQuoted(o);
            return;
          }
          case 6: {
            this.writeAsciiQuoted(vt(r));
            return;
          }
          case 7: {
            const o = String(r.getTime() / 1e3);
            this.writeAscii(o);
            return;
          }
          default: {
            const o = String(r.getTime() / 1e3);
            this.writeAscii(o);
            return;
          }
        }
      }
    };
  });
var qt,
  eg = d(() => {
    Io();
    Xh();
    Zh();
    qt = class extends yt {
      settings;
      constructor(e) {
        super(), (this.settings = e);
      }
      createSerializer() {
        const e = new Ws(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        const e = new js(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var Hn,
  dT = d(() => {
    Uh();
    q();
    eg();
    Yi();
    Hn = class extends Us {
      codec = new qt({ timestampFormat: { useTrait: !1, default: 7 }, jsonName: !1, bigNumberAsString: !0 });
      serializer = this.codec.createSerializer();
      deserializer = this.codec.createDeserializer();
      getShapeId() {
        return 'smithy.protocols#rpcv2Json';
      }
      getPayloadCodec() {
        return this.codec;
      }
      getSmithyProtocolHeaderValue() {
        return 'rpc-v2-json';
      }
      applyEmptyBody(e) {
        e.body || (e.body = '{}');
      }
      async handleError(e, r, s, o, n) {
        let i = Fn(s, o) ?? 'Unknown',
          a = { $metadata: n, $fault: s.statusCode <= 500 ? 'client' : 'server' },
          c = this.options.defaultNamespace;
        i.includes('#') && ([c] = i.split('#'));
        const u = this.compositeErrorRegistry,
          l = ee.for(c);
        u.copyFrom(l);
        let f;
        try {
          f = u.getSchema(i);
        } catch {
          o.Message && (o.message = o.Message);
          const _ = ee.for('smithy.ts.sdk.synthetic.' + c);
          u.copyFrom(_);
          const A = u.getBaseException();
          if (A) {
            const C = u.getErrorCtor(A);
            throw Object.assign(new C({ name: i }), a, o);
          }
          throw Object.assign(new Error(i), a, o);
        }
        const m = T.of(f),
          p = u.getErrorCtor(f),
          h = o.message ?? o.Message ?? 'Unknown',
          y = new p({}),
          g = {},
          w = this.codec.createDeserializer();
        for (const [b, _] of m.structIterator()) o[b] != null && (g[b] = w.readObject(_, o[b]));
        throw Object.assign(y, a, { $fault: m.getMergedTraits().error, message: h }, g);
      }
      getDefaultContentType() {
        return 'application/json';
      }
    };
  });
var Gs,
  tg = d(() => {
    Pn();
    q();
    M();
    M();
    L();
    Io();
    Wh();
    Yu();
    ed();
    Yi();
    Gs = class extends yt {
      settings;
      constructor(e) {
        super(), (this.settings = e);
      }
      async read(e, r) {
        const s = $n(e) ? Dn : void 0;
        return this._read(e, typeof r == 'string' ? JSON.parse(r, s) : await hs(r, this.serdeContext, e));
      }
      readObject(e, r) {
        return this._read(e, r);
      }
      _read(e, r) {
        const s = r !== null && typeof r == 'object',
          o = T.of(e);
        if (s) {
          if (o.isStructSchema()) {
            let i = r,
              a = o.isUnionSchema(),
              c = {},
              u,
              { jsonName: l } = this.settings;
            l && (u = {});
            let f;
            a && (f = new kn(i, c));
            for (const [m, p] of o.structIterator()) {
              let h = m;
              l && ((h = p.getMergedTraits().jsonName ?? h), (u[h] = m)),
                a && f.mark(h),
                i[h] != null && (c[m] = this._read(p, i[h]));
            }
            if (a) f.writeUnknown();
            else if (typeof i.__type == 'string')
              for (const m in i) {
                if (!R(i, m)) continue;
                const p = i[m],
                  h = l ? (u[m] ?? m) : m;
                h in c || (c[h] = p);
              }
            return c;
          }
          if (Array.isArray(r) && o.isListSchema()) {
            const i = o.getValueSchema(),
              a = [];
            for (const c of r) a.push(this._read(i, c));
            return a;
          }
          if (o.isMapSchema()) {
            const i = o.getValueSchema(),
              a = {};
            for (const c in r) R(r, c) && (c === '__proto__' && lt(a), (a[c] = this._read(i, r[c])));
            return a;
          }
        }
        if (o.isBlobSchema() && typeof r == 'string') return be(r);
        const n = o.getMergedTraits().mediaType;
        if (o.isStringSchema() && typeof r == 'string' && n)
          return n === 'application/json' || n.endsWith('+json') ? Ce.from(r) : r;
        if (o.isTimestampSchema() && r != null)
          switch (gt(o, this.settings)) {
            case 5:
              return nn(r);
            case 6:
              return Rs(r);
            case 7:
              return an(r);
            default:
              return (
                console.warn('Missing timestamp format, parsing value with Date constructor:', r), new Date(r)
              );
          }
        if (o.isBigIntegerSchema() && (typeof r == 'number' || typeof r == 'string')) return BigInt(r);
        if (o.isBigDecimalSchema() && r != null) {
          if (r instanceof z) return r;
          const i = r;
          return i.type === 'bigDecimal' && 'string' in i
            ? new z(i.string, i.type)
            : new z(String(r), 'bigDecimal');
        }
        if (o.isNumericSchema() && typeof r == 'string') {
          switch (r) {
            case 'Infinity':
              return 1 / 0;
            case '-Infinity':
              return -1 / 0;
            case 'NaN':
              return NaN;
          }
          return r;
        }
        if (o.isDocumentSchema())
          if (s) {
            const i = Array.isArray(r) ? [] : {};
            for (const a in r) {
              if (!R(r, a)) continue;
              a === '__proto__' && lt(i);
              const c = r[a];
              c instanceof z ? (i[a] = c) : (i[a] = this._read(o, c));
            }
            return i;
          } else return structuredClone(r);
        return r;
      }
    };
  });
var lT,
  id,
  fT = d(() => {
    M();
    (lT = '\u039D'),
      (id = class {
        values = new Map();
        counter = 0;
        stage = 0;
        createReplacer() {
          if (this.stage === 1) throw new Error('@aws-sdk/core/protocols - JsonReplacer already created.');
          if (this.stage === 2) throw new Error('@aws-sdk/core/protocols - JsonReplacer exhausted.');
          return (
            (this.stage = 1),
            (e, r) => {
              if (r instanceof z) {
                const s = `${lT + 'nv' + this.counter++}_` + r.string;
                return (this.values.set(`"${s}"`, r.string), s);
              }
              if (typeof r == 'bigint') {
                const s = r.toString(),
                  o = `${lT + 'b' + this.counter++}_` + s;
                return (this.values.set(`"${o}"`, s), o);
              }
              return r;
            }
          );
        }
        replaceInJson(e) {
          if (this.stage === 0) throw new Error('@aws-sdk/core/protocols - JsonReplacer not created yet.');
          if (this.stage === 2) throw new Error('@aws-sdk/core/protocols - JsonReplacer exhausted.');
          if (((this.stage = 2), this.counter === 0)) return e;
          for (const [r, s] of this.values) e = e.replace(r, s);
          return e;
        }
      });
  });
var Ks,
  rg = d(() => {
    Pn();
    q();
    M();
    Io();
    fT();
    L();
    Ks = class extends yt {
      settings;
      buffer;
      useReplacer = !1;
      rootSchema;
      constructor(e) {
        super(), (this.settings = e);
      }
      write(e, r) {
        (this.rootSchema = T.of(e)), (this.buffer = this._write(this.rootSchema, r));
      }
      flush() {
        const { rootSchema: e, useReplacer: r } = this;
        if (
          ((this.rootSchema = void 0), (this.useReplacer = !1), e?.isStructSchema() || e?.isDocumentSchema())
        ) {
          if (!r) return JSON.stringify(this.buffer);
          const s = new id();
          return s.replaceInJson(JSON.stringify(this.buffer, s.createReplacer(), 0));
        }
        return this.buffer;
      }
      writeDiscriminatedDocument(e, r) {
        this.write(e, r), typeof this.buffer == 'object' && (this.buffer.__type = T.of(e).getName(!0));
      }
      _write(e, r, s) {
        const o = r !== null && typeof r == 'object',
          n = T.of(e);
        if (o) {
          if (n.isStructSchema()) {
            let i = r,
              a = {},
              { jsonName: c } = this.settings,
              u;
            c && (u = {});
            let l = 0;
            for (const [f, m] of n.structIterator()) {
              const p = this._write(m, i[f], n);
              if (p !== void 0) {
                let h = f;
                c && ((h = m.getMergedTraits().jsonName ?? f), (u[f] = h)), (a[h] = p), l++;
              }
            }
            if (n.isUnionSchema() && l === 0) {
              const { $unknown: f } = i;
              if (Array.isArray(f)) {
                const [m, p] = f;
                m === '__proto__' && lt(a), (a[m] = this._write(15, p));
              }
            } else if (typeof i.__type == 'string')
              for (const f in i) {
                if (!R(i, f)) continue;
                const m = i[f],
                  p = c ? (u[f] ?? f) : f;
                p in a || (a[p] = this._write(15, m));
              }
            return a;
          }
          if (Array.isArray(r) && n.isListSchema()) {
            const i = n.getValueSchema(),
              a = [],
              c = !!n.getMergedTraits().sparse;
            for (const u of r) (c || u != null) && a.push(this._write(i, u));
            return a;
          }
          if (n.isMapSchema()) {
            const i = n.getValueSchema(),
              a = {},
              c = !!n.getMergedTraits().sparse;
            for (const u in r) {
              if (!R(r, u)) continue;
              const l = r[u];
              (c || l != null) && (u === '__proto__' && lt(a), (a[u] = this._write(i, l)));
            }
            return a;
          }
          if (r instanceof Uint8Array && n.isBlobSchema())
            return n === this.rootSchema ? r : (this.serdeContext?.base64Encoder ?? ue)(r);
          if (r instanceof Date && (n.isTimestampSchema() || n.isDocumentSchema()))
            switch (gt(n, this.settings)) {
              case 5:
                return r.toISOString().replace('.000Z', 'Z');
              case 6:
                return vt(r);
              case 7:
                return r.getTime() / 1e3;
              default:
                return (console.warn('Missing timestamp format, using epoch seconds', r), r.getTime() / 1e3);
            }
          r instanceof z && (this.useReplacer = !0);
        }
        if (!(r === null && s?.isStructSchema())) {
          if (n.isStringSchema()) {
            if (typeof r > 'u' && n.isIdempotencyToken()) return Pt();
            const i = n.getMergedTraits().mediaType;
            return r != null && i && (i === 'application/json' || i.endsWith('+json')) ? Ce.from(r) : r;
          }
          if (typeof r == 'number') return Math.abs(r) === 1 / 0 || isNaN(r) ? String(r) : r;
          if (typeof r == 'string' && n.isBlobSchema())
            return n === this.rootSchema ? r : (this.serdeContext?.base64Encoder ?? ue)(r);
          if ((typeof r == 'bigint' && (this.useReplacer = !0), n.isDocumentSchema()))
            if (o) {
              if (r instanceof Uint8Array) return (this.serdeContext?.base64Encoder ?? ue)(r);
              const i = Array.isArray(r) ? [] : {};
              for (const a in r) {
                if (!R(r, a)) continue;
                const c = r[a];
                a === '__proto__' && lt(i),
                  c instanceof z ? ((this.useReplacer = !0), (i[a] = c)) : (i[a] = this._write(n, c));
              }
              return i;
            } else return structuredClone(r);
          return r;
        }
      }
    };
  });
var zn,
  mT = d(() => {
    Io();
    tg();
    rg();
    zn = class extends yt {
      settings;
      constructor(e) {
        super(), (this.settings = e);
      }
      createSerializer() {
        const e = new Ks(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        const e = new Gs(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var No = {};
Le(No, {
  AbstractRpcV2Protocol: () => Us,
  Field: () => Ku,
  Fields: () => Qu,
  FromStringShapeDeserializer: () => Hs,
  HttpBindingProtocol: () => Fs,
  HttpInterceptingShapeDeserializer: () => zs,
  HttpInterceptingShapeSerializer: () => Vs,
  HttpProtocol: () => Bs,
  HttpRequest: () => H,
  HttpResponse: () => Be,
  JsonCodec: () => zn,
  JsonCodec2: () => qt,
  JsonShapeDeserializer: () => Gs,
  JsonShapeDeserializer2: () => js,
  JsonShapeSerializer: () => Ks,
  JsonShapeSerializer2: () => Ws,
  RequestBuilder: () => Ji,
  RpcProtocol: () => Br,
  SerdeContext: () => Ue,
  SmithyRpcV2JsonProtocol: () => Hn,
  ToStringShapeSerializer: () => Mn,
  buildQueryString: () => YA,
  collectBody: () => ke,
  contentLengthMiddleware: () => qh,
  contentLengthMiddlewareOptions: () => jh,
  determineTimestampFormat: () => gt,
  escapeUri: () => qs,
  escapeUriPath: () => JA,
  extendedEncodeURIComponent: () => tr,
  getContentLengthPlugin: () => Hr,
  getHttpHandlerExtensionConfiguration: () => Fr,
  isValidHostname: () => bi,
  loadJsonRpcErrorCode: () => Bn,
  loadRestJsonErrorCode: () => Ln,
  loadSmithyRpcV2JsonErrorCode: () => Fn,
  parseJsonBody: () => hs,
  parseJsonErrorBody: () => td,
  parseQueryString: () => xi,
  parseUrl: () => We,
  requestBuilder: () => Gu,
  resolveHttpHandlerRuntimeConfig: () => Ur,
  resolvedPath: () => Wu,
});
var D = d(() => {
  bn();
  $u();
  UA();
  ju();
  Fh();
  Uh();
  HA();
  Hh();
  zh();
  zA();
  VA();
  Vh();
  Pn();
  xn();
  jA();
  WA();
  L();
  L();
  L();
  GA();
  QA();
  Ju();
  XA();
  ZA();
  L();
  L();
  dT();
  Yi();
  mT();
  rg();
  tg();
  eg();
  Zh();
  Xh();
});
function Vn(t) {
  return t;
}
var sg,
  og,
  Vr,
  pT = d(() => {
    D();
    (sg = (t) => (e) => async (r) => {
      if (!H.isInstance(r.request)) return e(r);
      const { request: s } = r,
        { handlerProtocol: o = '' } = t.requestHandler.metadata || {};
      if (o.indexOf('h2') >= 0 && !s.headers[':authority'])
        delete s.headers.host, (s.headers[':authority'] = s.hostname + (s.port ? ':' + s.port : ''));
      else if (!s.headers.host) {
        let n = s.hostname;
        s.port != null && (n += `:${s.port}`), (s.headers.host = n);
      }
      return e(r);
    }),
      (og = { name: 'hostHeaderMiddleware', step: 'build', priority: 'low', tags: ['HOST'], override: !0 }),
      (Vr = (t) => ({
        applyToStack: (e) => {
          e.add(sg(t), og);
        },
      }));
  });
var ng,
  ig,
  qr,
  hT = d(() => {
    P();
    (ng = () => (t, e) => async (r) => {
      try {
        const s = await t(r),
          { logger: o } = e,
          n = o instanceof ot;
        if (o && !n) {
          const { clientName: i, commandName: a, dynamoDbDocumentClientOptions: c = {} } = e,
            { overrideInputFilterSensitiveLog: u, overrideOutputFilterSensitiveLog: l } = c,
            f = u ?? e.inputFilterSensitiveLog,
            m = l ?? e.outputFilterSensitiveLog,
            { $metadata: p, ...h } = s.output;
          o.info?.({ clientName: i, commandName: a, input: f(r.input), output: m(h), metadata: p });
        }
        return s;
      } catch (s) {
        const { clientName: o, commandName: n, logger: i, dynamoDbDocumentClientOptions: a = {} } = e,
          { overrideInputFilterSensitiveLog: c } = a,
          u = c ?? e.inputFilterSensitiveLog;
        throw (
          i?.error?.({ clientName: o, commandName: n, input: u(r.input), error: s, metadata: s.$metadata }), s
        );
      }
    }),
      (ig = { name: 'loggerMiddleware', tags: ['LOGGER'], step: 'initialize', override: !0 }),
      (qr = (t) => ({
        applyToStack: (e) => {
          e.add(ng(), ig);
        },
      }));
  });
var ad,
  ag = d(() => {
    ad = {
      step: 'build',
      tags: ['RECURSION_DETECTION', 'TRACE_CONTEXT_PROPAGATION'],
      name: 'recursionDetectionMiddleware',
      override: !0,
      priority: 'low',
    };
  });
var Qs,
  cg,
  cd,
  ug,
  dg,
  Zi,
  gT = d(() => {
    (Qs = {
      REQUEST_ID: Symbol.for('_AWS_LAMBDA_REQUEST_ID'),
      X_RAY_TRACE_ID: Symbol.for('_AWS_LAMBDA_X_RAY_TRACE_ID'),
      TENANT_ID: Symbol.for('_AWS_LAMBDA_TENANT_ID'),
      TRACEPARENT: Symbol.for('_AWS_LAMBDA_TRACEPARENT'),
      TRACESTATE: Symbol.for('_AWS_LAMBDA_TRACESTATE'),
      BAGGAGE: Symbol.for('_AWS_LAMBDA_BAGGAGE'),
    }),
      (cg = ['true', '1'].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? ''));
    cg || (globalThis.awslambda = globalThis.awslambda || {});
    (cd = class {
      static PROTECTED_KEYS = Qs;
      isProtectedKey(e) {
        return Object.values(Qs).includes(e);
      }
      getRequestId() {
        return this.get(Qs.REQUEST_ID) ?? '-';
      }
      getXRayTraceId() {
        return this.get(Qs.X_RAY_TRACE_ID);
      }
      getTenantId() {
        return this.get(Qs.TENANT_ID);
      }
      getTraceparent() {
        return this.get(Qs.TRACEPARENT);
      }
      getTracestate() {
        return this.get(Qs.TRACESTATE);
      }
      getBaggage() {
        return this.get(Qs.BAGGAGE);
      }
    }),
      (ug = class extends cd {
        currentContext;
        getContext() {
          return this.currentContext;
        }
        hasContext() {
          return this.currentContext !== void 0;
        }
        get(e) {
          return this.currentContext?.[e];
        }
        set(e, r) {
          if (this.isProtectedKey(e))
            throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);
          (this.currentContext = this.currentContext || {}), (this.currentContext[e] = r);
        }
        run(e, r) {
          return ((this.currentContext = e), r());
        }
      }),
      (dg = class t extends cd {
        als;
        static async create() {
          const e = new t(),
            r = await import('node:async_hooks');
          return ((e.als = new r.AsyncLocalStorage()), e);
        }
        getContext() {
          return this.als.getStore();
        }
        hasContext() {
          return this.als.getStore() !== void 0;
        }
        get(e) {
          return this.als.getStore()?.[e];
        }
        set(e, r) {
          if (this.isProtectedKey(e))
            throw new Error(`Cannot modify protected Lambda context field: ${String(e)}`);
          const s = this.als.getStore();
          if (!s) throw new Error('No context available');
          s[e] = r;
        }
        run(e, r) {
          return this.als.run(e, r);
        }
      });
    ((t) => {
      let e = null;
      async function r(s) {
        return (
          e ||
            (e = (async () => {
              const n =
                s === !0 || 'AWS_LAMBDA_MAX_CONCURRENCY' in process.env ? await dg.create() : new ug();
              return !cg && globalThis.awslambda?.InvokeStore
                ? globalThis.awslambda.InvokeStore
                : (!cg && globalThis.awslambda && (globalThis.awslambda.InvokeStore = n), n);
            })()),
          e
        );
      }
      (t.getInstanceAsync = r),
        (t._testing =
          process.env.AWS_LAMBDA_BENCHMARK_MODE === '1'
            ? {
                reset: () => {
                  (e = null),
                    globalThis.awslambda?.InvokeStore && delete globalThis.awslambda.InvokeStore,
                    (globalThis.awslambda = { InvokeStore: void 0 });
                },
              }
            : void 0);
    })(Zi || (Zi = {}));
  });
function JL(t) {
  for (const e of Object.keys(t)) {
    const r = e.toLowerCase();
    e !== r && (r === fg || r === yT || r === ST) && ((t[r] = t[e]), delete t[e]);
  }
}
var KL,
  QL,
  lg,
  fg,
  yT,
  ST,
  ud,
  mg = d(() => {
    gT();
    D();
    (KL = 'AWS_LAMBDA_FUNCTION_NAME'),
      (QL = '_X_AMZN_TRACE_ID'),
      (lg = 'X-Amzn-Trace-Id'),
      (fg = 'traceparent'),
      (yT = 'tracestate'),
      (ST = 'baggage'),
      (ud = () => (t) => async (e) => {
        const { request: r } = e;
        if (!H.isInstance(r)) return t(e);
        let s;
        {
          const o = Object.keys(r.headers ?? {}).find((n) => n.toLowerCase() === lg.toLowerCase()) ?? lg;
          if (!Object.hasOwn(r.headers, o)) {
            const n = process.env[KL],
              i = process.env[QL];
            s ??= await Zi.getInstanceAsync();
            const c = s?.getXRayTraceId() ?? i,
              u = (l) => typeof l == 'string' && l.length > 0;
            u(n) && u(c) && (r.headers[lg] = c);
          }
        }
        if ((JL(r.headers), !r.headers[fg])) {
          const n = (s ??= await Zi.getInstanceAsync())?.getTraceparent?.();
          if (n) {
            r.headers[fg] = n;
            const i = s?.getTracestate?.();
            i && (r.headers[yT] = i);
            const a = s?.getBaggage?.();
            a && (r.headers[ST] = a);
          }
        }
        return t(e);
      });
  });
var jr,
  ET = d(() => {
    ag();
    mg();
    jr = (t) => ({
      applyToStack: (e) => {
        e.add(ud(), ad);
      },
    });
  });
var wT,
  bT = d(() => {
    wT = (t, e) => {
      if (!e || e.length === 0) return t;
      const r = [];
      for (const s of e) for (const o of t) o.schemeId.split('#')[1] === s && r.push(o);
      for (const s of t) r.find(({ schemeId: o }) => o === s.schemeId) || r.push(s);
      return r;
    };
  });
function XL(t) {
  const e = new Map();
  for (const r of t) e.set(r.schemeId, r);
  return e;
}
var Oo,
  dd = d(() => {
    L();
    bT();
    Oo = (t, e) => (r, s) => async (o) => {
      const n = t.httpAuthSchemeProvider(await e.httpAuthSchemeParametersProvider(t, s, o.input)),
        i = t.authSchemePreference ? await t.authSchemePreference() : [],
        a = wT(n, i),
        c = XL(t.httpAuthSchemes),
        u = le(s),
        l = [];
      for (const f of a) {
        const m = c.get(f.schemeId);
        if (!m) {
          l.push(`HttpAuthScheme \`${f.schemeId}\` was not enabled for this service.`);
          continue;
        }
        const p = m.identityProvider(await e.identityProviderConfigProvider(t));
        if (!p) {
          l.push(`HttpAuthScheme \`${f.schemeId}\` did not have an IdentityProvider configured.`);
          continue;
        }
        const { identityProperties: h = {}, signingProperties: y = {} } = f.propertiesExtractor?.(t, s) || {};
        (f.identityProperties = Object.assign(f.identityProperties || {}, h)),
          (f.signingProperties = Object.assign(f.signingProperties || {}, y)),
          (u.selectedHttpAuthScheme = {
            httpAuthOption: f,
            identity: await p(f.identityProperties),
            signer: m.signer,
          });
        break;
      }
      if (!u.selectedHttpAuthScheme)
        throw new Error(
          l.join(`
`),
        );
      return r(o);
    };
  });
var ld,
  sr,
  xT = d(() => {
    dd();
    (ld = {
      step: 'serialize',
      tags: ['HTTP_AUTH_SCHEME'],
      name: 'httpAuthSchemeMiddleware',
      override: !0,
      relation: 'before',
      toMiddleware: 'endpointV2Middleware',
    }),
      (sr = (t, { httpAuthSchemeParametersProvider: e, identityProviderConfigProvider: r }) => ({
        applyToStack: (s) => {
          s.addRelativeTo(
            Oo(t, { httpAuthSchemeParametersProvider: e, identityProviderConfigProvider: r }),
            ld,
          );
        },
      }));
  });
var fd,
  pg,
  _T = d(() => {
    dd();
    (fd = {
      step: 'serialize',
      tags: ['HTTP_AUTH_SCHEME'],
      name: 'httpAuthSchemeMiddleware',
      override: !0,
      relation: 'before',
      toMiddleware: 'serializerMiddleware',
    }),
      (pg = (t, { httpAuthSchemeParametersProvider: e, identityProviderConfigProvider: r }) => ({
        applyToStack: (s) => {
          s.addRelativeTo(
            Oo(t, { httpAuthSchemeParametersProvider: e, identityProviderConfigProvider: r }),
            fd,
          );
        },
      }));
  });
var AT = d(() => {
  dd();
  xT();
  _T();
});
var YL,
  ZL,
  ea,
  hg = d(() => {
    D();
    L();
    (YL = (t) => (e) => {
      throw e;
    }),
      (ZL = (t, e) => {}),
      (ea = (t) => (e, r) => async (s) => {
        if (!H.isInstance(s.request)) return e(s);
        const n = le(r).selectedHttpAuthScheme;
        if (!n) throw new Error('No HttpAuthScheme was selected: unable to sign request');
        const {
            httpAuthOption: { signingProperties: i = {} },
            identity: a,
            signer: c,
          } = n,
          u = await e({ ...s, request: await c.sign(s.request, a, i) }).catch((c.errorHandler || YL)(i));
        return ((c.successHandler || ZL)(u.response, i), u);
      });
  });
var md,
  or,
  TT = d(() => {
    hg();
    (md = {
      step: 'finalizeRequest',
      tags: ['HTTP_SIGNING'],
      name: 'httpSigningMiddleware',
      aliases: ['apiKeyMiddleware', 'tokenMiddleware', 'awsAuthMiddleware'],
      override: !0,
      relation: 'after',
      toMiddleware: 'retryMiddleware',
    }),
      (or = (t) => ({
        applyToStack: (e) => {
          e.addRelativeTo(ea(t), md);
        },
      }));
  });
var RT = d(() => {
  hg();
  TT();
});
var jt,
  vT = d(() => {
    jt = (t) => {
      if (typeof t == 'function') return t;
      const e = Promise.resolve(t);
      return () => e;
    };
  });
function CT(t, e, r, s, o) {
  return async function* (i, a, ...c) {
    let u = a,
      l = i.startingToken ?? u[r],
      f = !0,
      m;
    for (; f; ) {
      if (((u[r] = l), o && (u[o] = u[o] ?? i.pageSize), i.client instanceof t))
        m = await eB(e, i.client, a, i.withCommand, ...c);
      else throw new Error(`Invalid client, expected instance of ${t.name}`);
      yield m;
      const p = l;
      (l = tB(m, s)), (f = !!(l && (!i.stopOnSameToken || l !== p)));
    }
    return void 0;
  };
}
var eB,
  tB,
  IT = d(() => {
    eB = async (t, e, r, s = (n) => n, ...o) => {
      let n = new t(r);
      return ((n = s(n) ?? n), await e.send(n, ...o));
    };
    tB = (t, e) => {
      let r = t,
        s = e.split('.');
      for (const o of s) {
        if (!r || typeof r != 'object') return;
        r = r[o];
      }
      return r;
    };
  });
function NT(t, e, r) {
  t.__smithy_context
    ? t.__smithy_context.features || (t.__smithy_context.features = {})
    : (t.__smithy_context = { features: {} }),
    (t.__smithy_context.features[e] = r);
}
var OT = d(() => {});
var kt,
  MT = d(() => {
    L();
    kt = class {
      authSchemes = new Map();
      constructor(e) {
        for (const r in e) {
          if (!R(e, r)) continue;
          const s = e[r];
          s !== void 0 && this.authSchemes.set(r, s);
        }
      }
      getIdentityProvider(e) {
        return this.authSchemes.get(e);
      }
    };
  });
var gg,
  qn,
  PT = d(() => {
    D();
    (gg = we(Lt())),
      (qn = class {
        async sign(e, r, s) {
          if (!s)
            throw new Error(
              'request could not be signed with `apiKey` since the `name` and `in` signer properties are missing',
            );
          if (!s.name)
            throw new Error(
              'request could not be signed with `apiKey` since the `name` signer property is missing',
            );
          if (!s.in)
            throw new Error(
              'request could not be signed with `apiKey` since the `in` signer property is missing',
            );
          if (!r.apiKey)
            throw new Error('request could not be signed with `apiKey` since the `apiKey` is not defined');
          const o = H.clone(e);
          if (s.in === gg.HttpApiKeyAuthLocation.QUERY) o.query[s.name] = r.apiKey;
          else if (s.in === gg.HttpApiKeyAuthLocation.HEADER)
            o.headers[s.name] = s.scheme ? `${s.scheme} ${r.apiKey}` : r.apiKey;
          else
            throw new Error(
              'request can only be signed with `apiKey` locations `query` or `header`, but found: `' +
                s.in +
                '`',
            );
          return o;
        }
      });
  });
var jn,
  kT = d(() => {
    D();
    jn = class {
      async sign(e, r, s) {
        const o = H.clone(e);
        if (!r.token)
          throw new Error('request could not be signed with `token` since the `token` is not defined');
        return ((o.headers.Authorization = `Bearer ${r.token}`), o);
      }
    };
  });
var nt,
  DT = d(() => {
    nt = class {
      async sign(e, r, s) {
        return e;
      }
    };
  });
var $T = d(() => {
  PT();
  kT();
  DT();
});
var pd,
  yg,
  ta,
  Wn,
  ra,
  LT = d(() => {
    (pd = (t) => (r) => Wn(r) && r.expiration.getTime() - Date.now() < t),
      (yg = 3e5),
      (ta = pd(3e5)),
      (Wn = (t) => t.expiration !== void 0),
      (ra = (t, e, r) => {
        if (t === void 0) return;
        let s = typeof t != 'function' ? async () => Promise.resolve(t) : t,
          o,
          n,
          i,
          a = !1,
          c = async (u) => {
            n || (n = s(u));
            try {
              (o = await n), (i = !0), (a = !1);
            } finally {
              n = void 0;
            }
            return o;
          };
        return e === void 0
          ? async (u) => ((!i || u?.forceRefresh) && (o = await c(u)), o)
          : async (u) => (
              (!i || u?.forceRefresh) && (o = await c(u)),
              a ? o : r(o) ? (e(o) && (await c(u)), o) : ((a = !0), o)
            );
      });
  });
var BT = d(() => {
  MT();
  $T();
  LT();
});
var FT = {};
Le(FT, {
  DefaultIdentityProviderConfig: () => kt,
  EXPIRATION_MS: () => yg,
  HttpApiKeyAuthSigner: () => qn,
  HttpBearerAuthSigner: () => jn,
  NoAuthSigner: () => nt,
  createIsIdentityExpiredFunction: () => pd,
  createPaginator: () => CT,
  doesIdentityRequireRefresh: () => Wn,
  getHttpAuthSchemeEndpointRuleSetPlugin: () => sr,
  getHttpAuthSchemePlugin: () => pg,
  getHttpSigningPlugin: () => or,
  getSmithyContext: () => le,
  httpAuthSchemeEndpointRuleSetMiddlewareOptions: () => ld,
  httpAuthSchemeMiddleware: () => Oo,
  httpAuthSchemeMiddlewareOptions: () => fd,
  httpSigningMiddleware: () => ea,
  httpSigningMiddlewareOptions: () => md,
  isIdentityExpired: () => ta,
  memoizeIdentityProvider: () => ra,
  normalizeProvider: () => jt,
  requestBuilder: () => Gu,
  setFeature: () => NT,
});
var St = d(() => {
  L();
  AT();
  RT();
  vT();
  IT();
  D();
  OT();
  BT();
});
function rB(t) {
  return t === void 0 ? !0 : typeof t == 'string' && t.length <= 50;
}
function Wr(t) {
  const e = jt(t.userAgentAppId ?? sa),
    { customUserAgent: r } = t;
  return Object.assign(t, {
    customUserAgent: typeof r == 'string' ? [[r]] : r,
    userAgentAppId: async () => {
      const s = await e();
      if (!rB(s)) {
        const o = t.logger?.constructor?.name === 'NoOpLogger' || !t.logger ? console : t.logger;
        typeof s != 'string'
          ? o?.warn('userAgentAppId must be a string or undefined.')
          : s.length > 50 &&
            o?.warn('The provided userAgentAppId exceeds the maximum length of 50 characters.');
      }
      return s;
    },
  });
}
var sa,
  Sg = d(() => {
    St();
    sa = void 0;
  });
var Eg,
  UT = d(() => {
    Eg = {
      partitions: [
        {
          id: 'aws',
          outputs: {
            dnsSuffix: 'amazonaws.com',
            dualStackDnsSuffix: 'api.aws',
            implicitGlobalRegion: 'us-east-1',
            name: 'aws',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$',
          regions: {
            'af-south-1': { description: 'Africa (Cape Town)' },
            'ap-east-1': { description: 'Asia Pacific (Hong Kong)' },
            'ap-east-2': { description: 'Asia Pacific (Taipei)' },
            'ap-northeast-1': { description: 'Asia Pacific (Tokyo)' },
            'ap-northeast-2': { description: 'Asia Pacific (Seoul)' },
            'ap-northeast-3': { description: 'Asia Pacific (Osaka)' },
            'ap-south-1': { description: 'Asia Pacific (Mumbai)' },
            'ap-south-2': { description: 'Asia Pacific (Hyderabad)' },
            'ap-southeast-1': { description: 'Asia Pacific (Singapore)' },
            'ap-southeast-2': { description: 'Asia Pacific (Sydney)' },
            'ap-southeast-3': { description: 'Asia Pacific (Jakarta)' },
            'ap-southeast-4': { description: 'Asia Pacific (Melbourne)' },
            'ap-southeast-5': { description: 'Asia Pacific (Malaysia)' },
            'ap-southeast-6': { description: 'Asia Pacific (New Zealand)' },
            'ap-southeast-7': { description: 'Asia Pacific (Thailand)' },
            'aws-global': { description: 'aws global region' },
            'ca-central-1': { description: 'Canada (Central)' },
            'ca-west-1': { description: 'Canada West (Calgary)' },
            'eu-central-1': { description: 'Europe (Frankfurt)' },
            'eu-central-2': { description: 'Europe (Zurich)' },
            'eu-north-1': { description: 'Europe (Stockholm)' },
            'eu-south-1': { description: 'Europe (Milan)' },
            'eu-south-2': { description: 'Europe (Spain)' },
            'eu-west-1': { description: 'Europe (Ireland)' },
            'eu-west-2': { description: 'Europe (London)' },
            'eu-west-3': { description: 'Europe (Paris)' },
            'il-central-1': { description: 'Israel (Tel Aviv)' },
            'me-central-1': { description: 'Middle East (UAE)' },
            'me-south-1': { description: 'Middle East (Bahrain)' },
            'me-west-1': { description: 'Middle East (Saudi Arabia)' },
            'mx-central-1': { description: 'Mexico (Central)' },
            'sa-east-1': { description: 'South America (Sao Paulo)' },
            'sa-west-1': { description: 'South America (Chile)' },
            'us-east-1': { description: 'US East (N. Virginia)' },
            'us-east-2': { description: 'US East (Ohio)' },
            'us-west-1': { description: 'US West (N. California)' },
            'us-west-2': { description: 'US West (Oregon)' },
          },
        },
        {
          id: 'aws-cn',
          outputs: {
            dnsSuffix: 'amazonaws.com.cn',
            dualStackDnsSuffix: 'api.amazonwebservices.com.cn',
            implicitGlobalRegion: 'cn-northwest-1',
            name: 'aws-cn',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^cn\\-\\w+\\-\\d+$',
          regions: {
            'aws-cn-global': { description: 'aws-cn global region' },
            'cn-north-1': { description: 'China (Beijing)' },
            'cn-northwest-1': { description: 'China (Ningxia)' },
          },
        },
        {
          id: 'aws-eusc',
          outputs: {
            dnsSuffix: 'amazonaws.eu',
            dualStackDnsSuffix: 'api.amazonwebservices.eu',
            implicitGlobalRegion: 'eusc-de-east-1',
            name: 'aws-eusc',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^eusc\\-(de)\\-\\w+\\-\\d+$',
          regions: { 'eusc-de-east-1': { description: 'AWS European Sovereign Cloud (Germany)' } },
        },
        {
          id: 'aws-iso',
          outputs: {
            dnsSuffix: 'c2s.ic.gov',
            dualStackDnsSuffix: 'api.aws.ic.gov',
            implicitGlobalRegion: 'us-iso-east-1',
            name: 'aws-iso',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^us\\-iso\\-\\w+\\-\\d+$',
          regions: {
            'aws-iso-global': { description: 'aws-iso global region' },
            'us-iso-east-1': { description: 'US ISO East' },
            'us-iso-west-1': { description: 'US ISO WEST' },
          },
        },
        {
          id: 'aws-iso-b',
          outputs: {
            dnsSuffix: 'sc2s.sgov.gov',
            dualStackDnsSuffix: 'api.aws.scloud',
            implicitGlobalRegion: 'us-isob-east-1',
            name: 'aws-iso-b',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^us\\-isob\\-\\w+\\-\\d+$',
          regions: {
            'aws-iso-b-global': { description: 'aws-iso-b global region' },
            'us-isob-east-1': { description: 'US ISOB East (Ohio)' },
            'us-isob-west-1': { description: 'US ISOB West' },
          },
        },
        {
          id: 'aws-iso-e',
          outputs: {
            dnsSuffix: 'cloud.adc-e.uk',
            dualStackDnsSuffix: 'api.cloud-aws.adc-e.uk',
            implicitGlobalRegion: 'eu-isoe-west-1',
            name: 'aws-iso-e',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^eu\\-isoe\\-\\w+\\-\\d+$',
          regions: {
            'aws-iso-e-global': { description: 'aws-iso-e global region' },
            'eu-isoe-west-1': { description: 'EU ISOE West' },
          },
        },
        {
          id: 'aws-iso-f',
          outputs: {
            dnsSuffix: 'csp.hci.ic.gov',
            dualStackDnsSuffix: 'api.aws.hci.ic.gov',
            implicitGlobalRegion: 'us-isof-south-1',
            name: 'aws-iso-f',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^us\\-isof\\-\\w+\\-\\d+$',
          regions: {
            'aws-iso-f-global': { description: 'aws-iso-f global region' },
            'us-isof-east-1': { description: 'US ISOF EAST' },
            'us-isof-south-1': { description: 'US ISOF SOUTH' },
          },
        },
        {
          id: 'aws-us-gov',
          outputs: {
            dnsSuffix: 'amazonaws.com',
            dualStackDnsSuffix: 'api.aws',
            implicitGlobalRegion: 'us-gov-west-1',
            name: 'aws-us-gov',
            supportsDualStack: !0,
            supportsFIPS: !0,
          },
          regionRegex: '^us\\-gov\\-\\w+\\-\\d+$',
          regions: {
            'aws-us-gov-global': { description: 'aws-us-gov global region' },
            'us-gov-east-1': { description: 'AWS GovCloud (US-East)' },
            'us-gov-west-1': { description: 'AWS GovCloud (US-West)' },
          },
        },
      ],
      version: '1.1',
    };
  });
var HT,
  zT,
  hd,
  wg,
  VT,
  gd,
  yd = d(() => {
    UT();
    (HT = Eg),
      (zT = ''),
      (hd = (t) => {
        const { partitions: e } = HT;
        for (const s of e) {
          const { regions: o, outputs: n } = s;
          for (const [i, a] of Object.entries(o)) if (i === t) return { ...n, ...a };
        }
        for (const s of e) {
          const { regionRegex: o, outputs: n } = s;
          if (new RegExp(o).test(t)) return { ...n };
        }
        const r = e.find((s) => s.id === 'aws');
        if (!r)
          throw new Error(
            "Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.",
          );
        return { ...r.outputs };
      }),
      (wg = (t, e = '') => {
        (HT = t), (zT = e);
      }),
      (VT = () => {
        wg(Eg, '');
      }),
      (gd = () => zT);
  });

import { Readable as sB } from 'node:stream';

var bg,
  qT = d(() => {
    bg = (t) => t?.body instanceof sB || (typeof ReadableStream < 'u' && t?.body instanceof ReadableStream);
  });
var jT,
  WT,
  GT,
  KT,
  QT,
  JT,
  XT = d(() => {
    (jT = [
      'AccessDeniedException',
      'AuthFailure',
      'InvalidSignatureException',
      'RequestExpired',
      'RequestInTheFuture',
      'RequestTimeTooSkewed',
      'SignatureDoesNotMatch',
    ]),
      (WT = [
        'BandwidthLimitExceeded',
        'EC2ThrottledException',
        'LimitExceededException',
        'PriorRequestNotComplete',
        'ProvisionedThroughputExceededException',
        'RequestLimitExceeded',
        'RequestThrottled',
        'RequestThrottledException',
        'SlowDown',
        'ThrottledException',
        'Throttling',
        'ThrottlingException',
        'TooManyRequestsException',
        'TransactionInProgressException',
      ]),
      (GT = ['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']),
      (KT = [500, 502, 503, 504]),
      (QT = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']),
      (JT = ['EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
  });
function Ag(t) {
  return t.code === 'ERR_HTTP2_STREAM_ERROR' && t.message.includes('NGHTTP2_REFUSED_STREAM');
}
var oa,
  Sd,
  xg,
  _g,
  Gr,
  Js,
  Ed,
  Gn = d(() => {
    XT();
    (oa = (t) => t?.$retryable !== void 0),
      (Sd = (t) => jT.includes(t.name)),
      (xg = (t) => t.$metadata?.clockSkewCorrected),
      (_g = (t) => {
        const e = new Set([
          'Failed to fetch',
          'NetworkError when attempting to fetch resource',
          'The Internet connection appears to be offline',
          'Load failed',
          'Network request failed',
        ]);
        return t && t instanceof TypeError ? e.has(t.message) : !1;
      }),
      (Gr = (t) =>
        t.$metadata?.httpStatusCode === 429 || WT.includes(t.name) || t.$retryable?.throttling == !0),
      (Js = (t, e = 0) =>
        t?.name !== 'AbortError' &&
        (oa(t) ||
          xg(t) ||
          (t.name === 'InvalidSignatureException' && t.message?.includes('Signature expired')) ||
          GT.includes(t.name) ||
          QT.includes(t?.code || '') ||
          JT.includes(t?.code || '') ||
          KT.includes(t.$metadata?.httpStatusCode || 0) ||
          _g(t) ||
          Ag(t) ||
          (t.cause !== void 0 && e <= 10 && Js(t.cause, e + 1)))),
      (Ed = (t) => {
        if (t.$metadata?.httpStatusCode !== void 0) {
          const e = t.$metadata.httpStatusCode;
          return 500 <= e && e <= 599 && !Js(t);
        }
        return !1;
      });
  });
var wd,
  oB,
  YT,
  ZT = d(() => {
    (wd = (t, e) => {
      if (!e) return t;
      let r = () => {},
        s = new Promise((o, n) => {
          const i = () => n(oB(e));
          e.aborted
            ? i()
            : typeof e.addEventListener == 'function'
              ? (e.addEventListener('abort', i, { once: !0 }), (r = () => e.removeEventListener('abort', i)))
              : (e.onabort = i);
        });
      return Promise.race([t, s]).finally(r);
    }),
      (oB = (t) => {
        const e = t.reason;
        return e instanceof Error
          ? Object.assign(new Error('Request aborted'), { name: 'AbortError', cause: e })
          : Object.assign(new Error(e ? String(e) : 'Request aborted'), { name: 'AbortError' });
      }),
      (YT = (t) => typeof t == 'object' && t !== null && 'name' in t && t.name === 'AbortError');
  });
var bd,
  na,
  xd,
  Kn,
  Tg,
  Rg,
  _d,
  Xs,
  Ys,
  ia = d(() => {
    (bd = 100),
      (na = 2e4),
      (xd = 500),
      (Kn = 500),
      (Tg = 5),
      (Rg = 10),
      (_d = 1),
      (Xs = 'amz-sdk-invocation-id'),
      (Ys = 'amz-sdk-request');
  });
function vg(t, e) {
  if (Be.isInstance(t))
    for (const r in t.headers) {
      if (!R(t.headers, r)) continue;
      const s = r.toLowerCase();
      if (s === 'retry-after') {
        let o = t.headers[r],
          n = NaN;
        if (o.endsWith('GMT'))
          try {
            n = (Rs(o).getTime() - Date.now()) / 1e3;
          } catch (i) {
            e?.trace?.('Failed to parse retry-after header'), e?.trace?.(i);
          }
        else
          o.match(/ GMT, ((\d+)|(\d+\.\d+))$/)
            ? (n = Number(o.match(/ GMT, ([\d.]+)$/)?.[1]))
            : o.match(/^((\d+)|(\d+\.\d+))$/)
              ? (n = Number(o))
              : Date.parse(o) >= Date.now() && (n = (Date.parse(o) - Date.now()) / 1e3);
        return isNaN(n) ? void 0 : new Date(Date.now() + n * 1e3);
      } else if (s === 'x-amz-retry-after') {
        const o = t.headers[r],
          n = Number(o);
        if (isNaN(n)) {
          e?.trace?.(`Failed to parse x-amz-retry-after=${o}`);
          return;
        }
        return new Date(Date.now() + n);
      }
    }
}
function eR(t, e) {
  return vg(t, e);
}
var Cg = d(() => {
  L();
  D();
  M();
});
var Ad,
  Ig = d(() => {
    Ad = (t) =>
      t instanceof Error
        ? t
        : t instanceof Object
          ? Object.assign(new Error(), t)
          : typeof t == 'string'
            ? new Error(t)
            : new Error(`AWS SDK error wrapper for ${t}`);
  });
function Ng(t) {
  return (e) => (r, s) => async (o) => {
    let n = await e.retryStrategy(),
      i = await e.maxAttempts(),
      a = s[tR.SMITHY_CONTEXT_KEY]?.abortSignal;
    if (nB(n)) {
      n = n;
      let c = (s.partition_id ?? '') + (s.__retryLongPoll ? ':longpoll' : ''),
        u = await wd(n.acquireInitialRetryToken(c), a),
        l = new Error(),
        f = 0,
        m = 0,
        { request: p } = o,
        h = H.isInstance(p);
      for (h && (p.headers[Xs] = wn()); ; )
        try {
          h && (p.headers[Ys] = `attempt=${f + 1}; max=${i}`);
          const { response: y, output: g } = await r(o);
          return (
            n.recordSuccess(u),
            (g.$metadata.attempts = f + 1),
            (g.$metadata.totalRetryDelay = m),
            { response: y, output: g }
          );
        } catch (y) {
          const g = iB(y, e.logger);
          if (((l = Ad(y)), h && t(p)))
            throw (
              (s.logger instanceof ot ? console : s.logger)?.warn(
                'An error was encountered in a non-retryable streaming request.',
              ),
              l
            );
          try {
            if (a?.aborted) throw l;
            u = await wd(n.refreshRetryTokenForRetry(u, g), a);
          } catch (b) {
            throw b !== l && a?.aborted && YT(b)
              ? b
              : (l.$metadata || (l.$metadata = {}),
                (l.$metadata.attempts = f + 1),
                (l.$metadata.totalRetryDelay = m),
                l);
          }
          f = u.getRetryCount();
          const w = u.getRetryDelay();
          (m += (u?.$retryLog?.acquisitionDelay ?? 0) + w),
            w > 0 && (await wd(new Promise((b) => setTimeout(b, w)), a));
        }
    } else
      return (
        (n = n),
        n?.mode && (s.userAgent = [...(s.userAgent || []), ['cfg/retry-mode', n.mode]]),
        n.retry(r, o)
      );
  };
}
function rR(t) {
  const e = Ng(t);
  return (r) => ({
    applyToStack: (s) => {
      s.add(e(r), Og);
    },
  });
}
var tR,
  nB,
  iB,
  aB,
  Og,
  Mg = d(() => {
    P();
    D();
    M();
    tR = we(Lt());
    Gn();
    ZT();
    ia();
    Cg();
    Ig();
    (nB = (t) =>
      typeof t.acquireInitialRetryToken < 'u' &&
      typeof t.refreshRetryTokenForRetry < 'u' &&
      typeof t.recordSuccess < 'u'),
      (iB = (t, e) => {
        const r = { error: t, errorType: aB(t) },
          s = vg(t.$response, e);
        return (s && (r.retryAfterHint = s), r);
      }),
      (aB = (t) => (Gr(t) ? 'THROTTLING' : Js(t) ? 'TRANSIENT' : Ed(t) ? 'SERVER_ERROR' : 'CLIENT_ERROR')),
      (Og = {
        name: 'retryMiddleware',
        tags: ['RETRY'],
        step: 'finalizeRequest',
        priority: 'high',
        override: !0,
      });
  });
var Zs,
  Td = d(() => {
    Gn();
    Zs = class t {
      static setTimeoutFn = (e, r) => setTimeout(e, r);
      beta;
      minCapacity;
      minFillRate;
      scaleConstant;
      smooth;
      enabled = !1;
      availableTokens = 0;
      lastMaxRate = 0;
      measuredTxRate = 0;
      requestCount = 0;
      fillRate;
      lastThrottleTime;
      lastTimestamp = 0;
      lastTxRateBucket;
      maxCapacity;
      timeWindow = 0;
      constructor(e) {
        (this.beta = e?.beta ?? 0.7),
          (this.minCapacity = e?.minCapacity ?? 1),
          (this.minFillRate = e?.minFillRate ?? 0.5),
          (this.scaleConstant = e?.scaleConstant ?? 0.4),
          (this.smooth = e?.smooth ?? 0.8),
          (this.lastThrottleTime = this.getCurrentTimeInSeconds()),
          (this.lastTxRateBucket = Math.floor(this.getCurrentTimeInSeconds())),
          (this.fillRate = this.minFillRate),
          (this.maxCapacity = this.minCapacity);
      }
      async getSendToken() {
        return this.acquireTokenBucket(1);
      }
      updateClientSendingRate(e) {
        let r;
        this.updateMeasuredRate();
        const s = e;
        if (s?.errorType === 'THROTTLING' || Gr(s?.error ?? e)) {
          const i = this.enabled ? Math.min(this.measuredTxRate, this.fillRate) : this.measuredTxRate;
          (this.lastMaxRate = i),
            this.calculateTimeWindow(),
            (this.lastThrottleTime = this.getCurrentTimeInSeconds()),
            (r = this.cubicThrottle(i)),
            this.enableTokenBucket();
        } else this.calculateTimeWindow(), (r = this.cubicSuccess(this.getCurrentTimeInSeconds()));
        const n = Math.min(r, 2 * this.measuredTxRate);
        this.updateTokenBucketRate(n);
      }
      getCurrentTimeInSeconds() {
        return Date.now() / 1e3;
      }
      async acquireTokenBucket(e) {
        if (this.enabled) {
          for (this.refillTokenBucket(); e > this.availableTokens; ) {
            const r = ((e - this.availableTokens) / this.fillRate) * 1e3;
            await new Promise((s) => t.setTimeoutFn(s, r)), this.refillTokenBucket();
          }
          this.availableTokens = this.availableTokens - e;
        }
      }
      refillTokenBucket() {
        const e = this.getCurrentTimeInSeconds();
        if (!this.lastTimestamp) {
          this.lastTimestamp = e;
          return;
        }
        const r = (e - this.lastTimestamp) * this.fillRate;
        (this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + r)),
          (this.lastTimestamp = e);
      }
      calculateTimeWindow() {
        this.timeWindow = this.getPrecise(
          ((this.lastMaxRate * (1 - this.beta)) / this.scaleConstant) ** (1 / 3),
        );
      }
      cubicThrottle(e) {
        return this.getPrecise(e * this.beta);
      }
      cubicSuccess(e) {
        return this.getPrecise(
          this.scaleConstant * (e - this.lastThrottleTime - this.timeWindow) ** 3 + this.lastMaxRate,
        );
      }
      enableTokenBucket() {
        this.enabled = !0;
      }
      updateTokenBucketRate(e) {
        this.refillTokenBucket(),
          (this.fillRate = Math.max(e, this.minFillRate)),
          (this.maxCapacity = Math.max(e, this.minCapacity)),
          (this.availableTokens = Math.min(this.availableTokens, this.maxCapacity));
      }
      updateMeasuredRate() {
        const e = this.getCurrentTimeInSeconds(),
          r = Math.floor(e * 2) / 2;
        if ((this.requestCount++, r > this.lastTxRateBucket)) {
          const s = this.requestCount / (r - this.lastTxRateBucket);
          (this.measuredTxRate = this.getPrecise(s * this.smooth + this.measuredTxRate * (1 - this.smooth))),
            (this.requestCount = 0),
            (this.lastTxRateBucket = r);
        }
      }
      getPrecise(e) {
        return parseFloat(e.toFixed(8));
      }
    };
  });
var Je,
  Qn = d(() => {
    Je = class {
      static v2026 = !0;
      static delay() {
        return 50;
      }
      static throttlingDelay() {
        return 1e3;
      }
      static cost() {
        return 14;
      }
      static throttlingCost() {
        return 5;
      }
      static modifiedCostType() {
        return 'THROTTLING';
      }
    };
  });
var Rd,
  sR = d(() => {
    Qn();
    Rd = class {
      x = Je.delay();
      computeNextBackoffDelay(e) {
        const o = Math.random() * Math.min(this.x * 2 ** e, 2e4);
        return Math.floor(o);
      }
      setDelayBase(e) {
        this.x = e;
      }
    };
  });
var aa,
  oR = d(() => {
    aa = class {
      delay;
      count;
      cost;
      longPoll;
      $retryLog = { acquisitionDelay: 0 };
      constructor(e, r, s, o) {
        (this.delay = e), (this.count = r), (this.cost = s), (this.longPoll = o);
      }
      getRetryCount() {
        return this.count;
      }
      getRetryDelay() {
        return Math.min(2e4, this.delay);
      }
      getRetryCost() {
        return this.cost;
      }
      isLongPoll() {
        return this.longPoll;
      }
    };
  });
var He,
  nr,
  Wt,
  Mo = d(() => {
    ((t) => {
      (t.STANDARD = 'standard'), (t.ADAPTIVE = 'adaptive');
    })(He || (He = {}));
    (nr = 3), (Wt = He.STANDARD);
  });
var vd,
  ir,
  ca = d(() => {
    sR();
    oR();
    Mo();
    Qn();
    (vd = { incompatible: 1, attempts: 2, capacity: 3 }),
      (ir = class {
        mode = He.STANDARD;
        retryBackoffStrategy;
        capacity = 500;
        maxAttemptsProvider;
        baseDelay;
        constructor(e) {
          typeof e == 'number'
            ? (this.maxAttemptsProvider = async () => e)
            : typeof e == 'function'
              ? (this.maxAttemptsProvider = e)
              : e &&
                typeof e == 'object' &&
                ((this.maxAttemptsProvider = async () => e.maxAttempts),
                (this.baseDelay = e.baseDelay),
                (this.retryBackoffStrategy = e.backoff)),
            (this.maxAttemptsProvider ??= async () => nr),
            (this.baseDelay ??= Je.delay()),
            (this.retryBackoffStrategy ??= new Rd());
        }
        async acquireInitialRetryToken(e) {
          return new aa(Je.delay(), 0, void 0, e.includes(':longpoll'));
        }
        async refreshRetryTokenForRetry(e, r) {
          const s = await this.getMaxAttempts(),
            o = this.retryCode(e, r, s),
            n = o === 0,
            i = e.isLongPoll?.();
          if (n || i) {
            const a = r.errorType;
            this.retryBackoffStrategy.setDelayBase(
              a === 'THROTTLING' ? Je.throttlingDelay() : this.baseDelay,
            );
            let c = this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),
              u = c;
            if (
              (r.retryAfterHint instanceof Date &&
                (u = Math.max(c, Math.min(r.retryAfterHint.getTime() - Date.now(), c + 5e3))),
              n)
            ) {
              const l = this.getCapacityCost(a);
              this.capacity -= l;
              const f = new aa(0, e.getRetryCount() + 1, l, e.isLongPoll?.() ?? !1);
              return (await new Promise((m) => setTimeout(m, u)), (f.$retryLog.acquisitionDelay = u), f);
            } else {
              const l = o === vd.capacity && i ? u : 0;
              l > 0 && (await new Promise((f) => setTimeout(f, l)));
            }
          }
          throw new Error('No retry token available');
        }
        recordSuccess(e) {
          this.capacity = Math.min(500, this.capacity + (e.getRetryCost() ?? 1));
        }
        getCapacity() {
          return this.capacity;
        }
        async maxAttempts() {
          return this.maxAttemptsProvider();
        }
        async getMaxAttempts() {
          try {
            return await this.maxAttemptsProvider();
          } catch {
            return (console.warn(`Max attempts provider could not resolve. Using default of ${nr}`), nr);
          }
        }
        retryCode(e, r, s) {
          const o = e.getRetryCount() + 1,
            n = this.isRetryableError(r.errorType) ? 0 : vd.incompatible,
            i = o < s ? 0 : vd.attempts,
            a = this.capacity >= this.getCapacityCost(r.errorType) ? 0 : vd.capacity;
          return n || i || a;
        }
        getCapacityCost(e) {
          return e === Je.modifiedCostType() ? Je.throttlingCost() : Je.cost();
        }
        isRetryableError(e) {
          return e === 'THROTTLING' || e === 'TRANSIENT';
        }
      });
  });
var Jn,
  Pg = d(() => {
    Td();
    ca();
    Mo();
    Jn = class {
      mode = He.ADAPTIVE;
      rateLimiter;
      standardRetryStrategy;
      constructor(e, r) {
        const { rateLimiter: s } = r ?? {};
        (this.rateLimiter = s ?? new Zs()),
          (this.standardRetryStrategy = r
            ? new ir({ maxAttempts: typeof e == 'number' ? e : 3, ...r })
            : new ir(e));
      }
      async acquireInitialRetryToken(e) {
        const r = await this.standardRetryStrategy.acquireInitialRetryToken(e);
        return (await this.rateLimiter.getSendToken(), r);
      }
      async refreshRetryTokenForRetry(e, r) {
        this.rateLimiter.updateClientSendingRate(r);
        const s = await this.standardRetryStrategy.refreshRetryTokenForRetry(e, r);
        return (await this.rateLimiter.getSendToken(), s);
      }
      recordSuccess(e) {
        this.rateLimiter.updateClientSendingRate({}), this.standardRetryStrategy.recordSuccess(e);
      }
      async maxAttemptsProvider() {
        return this.standardRetryStrategy.maxAttempts();
      }
    };
  });
var Cd,
  nR = d(() => {
    ca();
    Qn();
    Cd = class extends ir {
      computeNextBackoffDelay;
      constructor(e, r = Je.delay()) {
        super(typeof e == 'function' ? e : async () => e),
          typeof r == 'number'
            ? (this.computeNextBackoffDelay = () => r)
            : (this.computeNextBackoffDelay = r),
          (this.retryBackoffStrategy.computeNextBackoffDelay = (s) => {
            const o = s + 1;
            return this.computeNextBackoffDelay(o);
          });
      }
    };
  });
var iR,
  aR = d(() => {
    iR = (t, e) => {
      let r = t,
        s = e?.noRetryIncrement ?? 1,
        o = e?.retryCost ?? 5,
        n = e?.timeoutRetryCost ?? 10,
        i = t,
        a = (f) => (f.name === 'TimeoutError' ? n : o),
        c = (f) => a(f) <= i;
      return Object.freeze({
        hasRetryTokens: c,
        retrieveRetryTokens: (f) => {
          if (!c(f)) throw new Error('No retry token available');
          const m = a(f);
          return ((i -= m), m);
        },
        releaseRetryTokens: (f) => {
          (i += f ?? s), (i = Math.min(i, r));
        },
      });
    };
  });
var Id,
  kg = d(() => {
    Id = (t, e) => Math.floor(Math.min(2e4, Math.random() * 2 ** e * t));
  });
var Nd,
  Dg = d(() => {
    Gn();
    Nd = (t) => (t ? oa(t) || Sd(t) || Gr(t) || Js(t) : !1);
  });
var Xn,
  cB,
  $g = d(() => {
    D();
    M();
    Gn();
    Mo();
    ia();
    Ig();
    aR();
    kg();
    Dg();
    (Xn = class {
      maxAttemptsProvider;
      retryDecider;
      delayDecider;
      retryQuota;
      mode = He.STANDARD;
      constructor(e, r) {
        (this.maxAttemptsProvider = e),
          (this.retryDecider = r?.retryDecider ?? Nd),
          (this.delayDecider = r?.delayDecider ?? Id),
          (this.retryQuota = r?.retryQuota ?? iR(500));
      }
      shouldRetry(e, r, s) {
        return r < s && this.retryDecider(e) && this.retryQuota.hasRetryTokens(e);
      }
      async getMaxAttempts() {
        let e;
        try {
          e = await this.maxAttemptsProvider();
        } catch {
          e = nr;
        }
        return e;
      }
      async retry(e, r, s) {
        let o,
          n = 0,
          i = 0,
          a = await this.getMaxAttempts(),
          { request: c } = r;
        for (H.isInstance(c) && (c.headers[Xs] = wn()); ; )
          try {
            H.isInstance(c) && (c.headers[Ys] = `attempt=${n + 1}; max=${a}`),
              s?.beforeRequest && (await s.beforeRequest());
            const { response: u, output: l } = await e(r);
            return (
              s?.afterRequest && s.afterRequest(u),
              this.retryQuota.releaseRetryTokens(o),
              (l.$metadata.attempts = n + 1),
              (l.$metadata.totalRetryDelay = i),
              { response: u, output: l }
            );
          } catch (u) {
            const l = Ad(u);
            if ((n++, this.shouldRetry(l, n, a))) {
              o = this.retryQuota.retrieveRetryTokens(l);
              const f = this.delayDecider(Gr(l) ? 500 : 100, n),
                m = cB(l.$response),
                p = Math.max(m || 0, f);
              (i += p), await new Promise((h) => setTimeout(h, p));
              continue;
            }
            throw (
              l.$metadata || (l.$metadata = {}),
              (l.$metadata.attempts = n),
              (l.$metadata.totalRetryDelay = i),
              l
            );
          }
      }
    }),
      (cB = (t) => {
        if (!Be.isInstance(t)) return;
        const e = Object.keys(t.headers).find((n) => n.toLowerCase() === 'retry-after');
        if (!e) return;
        const r = t.headers[e],
          s = Number(r);
        if (!Number.isNaN(s)) return Math.min(s * 1e3, 2e4);
        const o = new Date(r);
        return Math.min(o.getTime() - Date.now(), 2e4);
      });
  });
var Od,
  cR = d(() => {
    Td();
    Mo();
    $g();
    Od = class extends Xn {
      rateLimiter;
      constructor(e, r) {
        const { rateLimiter: s, ...o } = r ?? {};
        super(e, o), (this.rateLimiter = s ?? new Zs()), (this.mode = He.ADAPTIVE);
      }
      async retry(e, r) {
        return super.retry(e, r, {
          beforeRequest: async () => this.rateLimiter.getSendToken(),
          afterRequest: (s) => {
            this.rateLimiter.updateClientSendingRate(s);
          },
        });
      }
    };
  });
var Md,
  Pd,
  Kr,
  Qr,
  Lg,
  Bg,
  Jr,
  uR = d(() => {
    P();
    Pg();
    ca();
    Mo();
    Qn();
    (Md = 'AWS_MAX_ATTEMPTS'),
      (Pd = 'max_attempts'),
      (Kr = {
        environmentVariableSelector: (t) => {
          const e = t[Md];
          if (!e) return;
          const r = parseInt(e);
          if (Number.isNaN(r)) throw new Error(`Environment variable ${Md} mast be a number, got "${e}"`);
          return r;
        },
        configFileSelector: (t) => {
          const e = t[Pd];
          if (!e) return;
          const r = parseInt(e);
          if (Number.isNaN(r)) throw new Error(`Shared config file entry ${Pd} mast be a number, got "${e}"`);
          return r;
        },
        default: nr,
      }),
      (Qr = (t, e) => {
        let { retryStrategy: r, retryMode: s } = t,
          { defaultMaxAttempts: o = nr, defaultBaseDelay: n = Je.delay() } = e ?? {},
          i = oe(t.maxAttempts ?? o),
          a = r ? Promise.resolve(r) : void 0,
          c = async () => {
            const u = await i();
            return (await oe(s)()) === He.ADAPTIVE
              ? new Jn(i, { maxAttempts: u, baseDelay: n })
              : new ir({ maxAttempts: u, baseDelay: n });
          };
        return Object.assign(t, { maxAttempts: i, retryStrategy: () => (a ??= c()) });
      }),
      (Lg = 'AWS_RETRY_MODE'),
      (Bg = 'retry_mode'),
      (Jr = { environmentVariableSelector: (t) => t[Lg], configFileSelector: (t) => t[Bg], default: Wt });
  });
var Fg,
  Ug,
  dR,
  lR = d(() => {
    D();
    ia();
    (Fg = () => (t) => async (e) => {
      const { request: r } = e;
      return (H.isInstance(r) && (delete r.headers[Xs], delete r.headers[Ys]), t(e));
    }),
      (Ug = {
        name: 'omitRetryHeadersMiddleware',
        tags: ['RETRY', 'HEADERS', 'OMIT_RETRY_HEADERS'],
        relation: 'before',
        toMiddleware: 'awsAuthMiddleware',
        override: !0,
      }),
      (dR = (t) => ({
        applyToStack: (e) => {
          e.addRelativeTo(Fg(), Ug);
        },
      }));
  });
var fR = {};
Le(fR, {
  AdaptiveRetryStrategy: () => Jn,
  CONFIG_MAX_ATTEMPTS: () => Pd,
  CONFIG_RETRY_MODE: () => Bg,
  ConfiguredRetryStrategy: () => Cd,
  DEFAULT_MAX_ATTEMPTS: () => nr,
  DEFAULT_RETRY_DELAY_BASE: () => bd,
  DEFAULT_RETRY_MODE: () => Wt,
  DefaultRateLimiter: () => Zs,
  DeprecatedAdaptiveRetryStrategy: () => Od,
  DeprecatedStandardRetryStrategy: () => Xn,
  ENV_MAX_ATTEMPTS: () => Md,
  ENV_RETRY_MODE: () => Lg,
  INITIAL_RETRY_TOKENS: () => Kn,
  INVOCATION_ID_HEADER: () => Xs,
  MAXIMUM_RETRY_DELAY: () => na,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS: () => Kr,
  NODE_RETRY_MODE_CONFIG_OPTIONS: () => Jr,
  NO_RETRY_INCREMENT: () => _d,
  REQUEST_HEADER: () => Ys,
  RETRY_COST: () => Tg,
  RETRY_MODES: () => He,
  Retry: () => Je,
  StandardRetryStrategy: () => ir,
  THROTTLING_RETRY_DELAY_BASE: () => xd,
  TIMEOUT_RETRY_COST: () => Rg,
  defaultDelayDecider: () => Id,
  defaultRetryDecider: () => Nd,
  getOmitRetryHeadersPlugin: () => dR,
  getRetryAfterHint: () => eR,
  getRetryPlugin: () => gs,
  isBrowserNetworkError: () => _g,
  isClockSkewCorrectedError: () => xg,
  isClockSkewError: () => Sd,
  isNodeJsHttp2TransientError: () => Ag,
  isRetryableByTrait: () => oa,
  isServerError: () => Ed,
  isThrottlingError: () => Gr,
  isTransientError: () => Js,
  omitRetryHeadersMiddleware: () => Fg,
  omitRetryHeadersMiddlewareOptions: () => Ug,
  resolveRetryConfig: () => Qr,
  retryMiddleware: () => uB,
  retryMiddlewareOptions: () => Og,
});
var uB,
  gs,
  ar = d(() => {
    qT();
    Mg();
    Gn();
    Pg();
    nR();
    Td();
    ca();
    Mo();
    ia();
    Qn();
    cR();
    $g();
    kg();
    Dg();
    uR();
    lR();
    Mg();
    Cg();
    (uB = Ng(bg)), (gs = rR(bg));
  });
async function mR(t, e, r) {
  if (
    (r.request?.headers?.['smithy-protocol'] === 'rpc-v2-cbor' && $t(t, 'PROTOCOL_RPC_V2_CBOR', 'M'),
    typeof e.retryStrategy == 'function')
  ) {
    const n = await e.retryStrategy();
    if (typeof n.mode == 'string')
      switch (n.mode) {
        case He.ADAPTIVE:
          $t(t, 'RETRY_MODE_ADAPTIVE', 'F');
          break;
        case He.STANDARD:
          $t(t, 'RETRY_MODE_STANDARD', 'E');
          break;
      }
  }
  if (typeof e.accountIdEndpointMode == 'function') {
    const n = t.endpointV2;
    switch (
      (String(n?.url?.hostname).match(dB) && $t(t, 'ACCOUNT_ID_ENDPOINT', 'O'),
      await e.accountIdEndpointMode?.())
    ) {
      case 'disabled':
        $t(t, 'ACCOUNT_ID_MODE_DISABLED', 'Q');
        break;
      case 'preferred':
        $t(t, 'ACCOUNT_ID_MODE_PREFERRED', 'P');
        break;
      case 'required':
        $t(t, 'ACCOUNT_ID_MODE_REQUIRED', 'R');
        break;
    }
  }
  const o = t.__smithy_context?.selectedHttpAuthScheme?.identity;
  if (o?.$source) {
    const n = o;
    n.accountId && $t(t, 'RESOLVED_ACCOUNT_ID', 'T');
    for (const [i, a] of Object.entries(n.$source ?? {})) $t(t, i, a);
  }
}
var dB,
  pR = d(() => {
    ar();
    Em();
    dB = /\d{12}\.ddb/;
  });
var Hg,
  kd,
  hR,
  gR,
  yR = d(() => {
    (Hg = 'user-agent'),
      (kd = 'x-amz-user-agent'),
      (hR = /[^!$%&'*+\-.^_`|~\w]/g),
      (gR = /[^!$%&'*+\-.^_`|~\w#]/g);
  });
function SR(t) {
  let e = '';
  for (const r in t) {
    const s = t[r];
    if (e.length + s.length + 1 <= 1024) {
      e.length ? (e += ',' + s) : (e += s);
      continue;
    }
    break;
  }
  return e;
}
var ER = d(() => {});
var Vg,
  Dd,
  qg,
  Xr,
  xR = d(() => {
    D();
    yd();
    pR();
    yR();
    ER();
    (Vg = (t) => (e, r) => async (s) => {
      const { request: o } = s;
      if (!H.isInstance(o)) return e(s);
      const { headers: n } = o,
        i = r?.userAgent?.map(Dd) || [],
        a = (await t.defaultUserAgentProvider()).map(Dd);
      await mR(r, t, s);
      const c = r;
      a.push(`m/${SR(Object.assign({}, r.__smithy_context?.features, c.__aws_sdk_context?.features))}`);
      const u = t?.customUserAgent?.map(Dd) || [],
        l = await t.userAgentAppId();
      l && a.push(Dd(['app', `${l}`]));
      const f = gd(),
        m = (f ? [f] : []).concat([...a, ...i, ...u]).join(' '),
        p = [...a.filter((h) => h.startsWith('aws-sdk-')), ...u].join(' ');
      return (
        t.runtime !== 'browser' ? (p && (n[kd] = n[kd] ? `${n[Hg]} ${p}` : p), (n[Hg] = m)) : (n[kd] = m),
        e({ ...s, request: o })
      );
    }),
      (Dd = (t) => {
        let e = t[0]
            .split('/')
            .map((i) => i.replace(hR, '-'))
            .join('/'),
          r = t[1]?.replace(gR, '-'),
          s = e.indexOf('/'),
          o = e.substring(0, s),
          n = e.substring(s + 1);
        return (
          o === 'api' && (n = n.toLowerCase()),
          [o, n, r]
            .filter((i) => i && i.length > 0)
            .reduce((i, a, c) => {
              switch (c) {
                case 0:
                  return a;
                case 1:
                  return `${i}/${a}`;
                default:
                  return `${i}#${a}`;
              }
            }, '')
        );
      }),
      (qg = {
        name: 'getUserAgentMiddleware',
        step: 'build',
        priority: 'low',
        tags: ['SET_USER_AGENT', 'USER_AGENT'],
        override: !0,
      }),
      (Xr = (t) => ({
        applyToStack: (e) => {
          e.add(Vg(t), qg);
        },
      }));
  });

import { versions as jg } from 'node:process';

var _R,
  AR = d(() => {
    _R = () => {
      const t = ['deno', 'bun', 'llrt'];
      for (const e of t) if (jg[e]) return [`md/${e}`, jg[e]];
      return ['md/nodejs', jg.node];
    };
  });
var ua,
  Wg = d(() => {
    ua = { isCrtAvailable: !1 };
  });
var TR,
  RR = d(() => {
    Wg();
    TR = () => (ua.isCrtAvailable ? ['md/crt-avail'] : null);
  });

import { release as fB, platform as lB } from 'node:os';
import { env as vR } from 'node:process';

var cr,
  CR,
  IR = d(() => {
    AR();
    RR();
    Wg();
    (cr = ({ serviceId: t, clientVersion: e }) => {
      const r = _R();
      return async (s) => {
        const o = [['aws-sdk-js', e], ['ua', '2.1'], [`os/${lB()}`, fB()], ['lang/js'], r],
          n = TR();
        n && o.push(n),
          t && o.push([`api/${t}`, e]),
          vR.AWS_EXECUTION_ENV && o.push([`exec-env/${vR.AWS_EXECUTION_ENV}`]);
        const i = await s?.userAgentAppId?.();
        return i ? [...o, [`app/${i}`]] : [...o];
      };
    }),
      (CR = cr);
  });
var Gg,
  Kg,
  mB,
  Yr,
  NR = d(() => {
    Sg();
    (Gg = 'AWS_SDK_UA_APP_ID'),
      (Kg = 'sdk_ua_app_id'),
      (mB = 'sdk-ua-app-id'),
      (Yr = {
        environmentVariableSelector: (t) => t[Gg],
        configFileSelector: (t) => t[Kg] ?? t[mB],
        default: sa,
      });
  });
var PR = {};
Le(PR, {
  BROWSER_MAP: () => Qg,
  ENGINE_MAP: () => ur,
  OS_MAP: () => Xe,
  PLATFORMS_MAP: () => N,
  default: () => Jg,
  getParser: () => _B,
  parse: () => xB,
});
function MR(t, e) {
  for (var r = 0; r < e.length; r++) {
    var s = e[r];
    (s.enumerable = s.enumerable || !1),
      (s.configurable = !0),
      'value' in s && (s.writable = !0),
      Object.defineProperty(t, wB(s.key), s);
  }
}
function EB(t, e, r) {
  return (e && MR(t.prototype, e), r && MR(t, r), Object.defineProperty(t, 'prototype', { writable: !1 }), t);
}
function wB(t) {
  var e = bB(t, 'string');
  return typeof e == 'symbol' ? e : e + '';
}
function bB(t, e) {
  if (typeof t != 'object' || !t) return t;
  var r = t[Symbol.toPrimitive];
  if (r !== void 0) {
    var s = r.call(t, e || 'default');
    if (typeof s != 'object') return s;
    throw new TypeError('@@toPrimitive must return a primitive value.');
  }
  return (e === 'string' ? String : Number)(t);
}
var pB,
  Qg,
  N,
  Xe,
  ur,
  S,
  I,
  hB,
  gB,
  yB,
  SB,
  OR,
  Jg,
  xB,
  _B,
  kR = d(() => {
    (pB = {
      AmazonBot: 'amazonbot',
      'Amazon Silk': 'amazon_silk',
      'Android Browser': 'android',
      BaiduSpider: 'baiduspider',
      Bada: 'bada',
      'Bertina Browser': 'bertina',
      BingCrawler: 'bingcrawler',
      Brave: 'brave',
      BlackBerry: 'blackberry',
      'ChatGPT-User': 'chatgpt_user',
      Chrome: 'chrome',
      ClaudeBot: 'claudebot',
      Chromium: 'chromium',
      Diffbot: 'diffbot',
      DuckDuckBot: 'duckduckbot',
      DuckDuckGo: 'duckduckgo',
      Electron: 'electron',
      Epiphany: 'epiphany',
      FacebookExternalHit: 'facebookexternalhit',
      Firefox: 'firefox',
      Freebox: 'freebox',
      Focus: 'focus',
      Generic: 'generic',
      'Google Search': 'google_search',
      Googlebot: 'googlebot',
      GPTBot: 'gptbot',
      'HeyTap Browser': 'heytap',
      'Internet Explorer': 'ie',
      InternetArchiveCrawler: 'internetarchivecrawler',
      'K-Meleon': 'k_meleon',
      Ladybird: 'ladybird',
      LibreWolf: 'librewolf',
      Linespider: 'linespider',
      Maxthon: 'maxthon',
      'Meta-ExternalAds': 'meta_externalads',
      'Meta-ExternalAgent': 'meta_externalagent',
      'Meta-ExternalFetcher': 'meta_externalfetcher',
      'Meta-WebIndexer': 'meta_webindexer',
      'Microsoft Edge': 'edge',
      'MZ Browser': 'mz',
      'NAVER Whale Browser': 'naver',
      'OAI-SearchBot': 'oai_searchbot',
      Omgilibot: 'omgilibot',
      Opera: 'opera',
      'Opera Coast': 'opera_coast',
      'Pale Moon': 'pale_moon',
      PerplexityBot: 'perplexitybot',
      'Perplexity-User': 'perplexity_user',
      PhantomJS: 'phantomjs',
      PingdomBot: 'pingdombot',
      Puffin: 'puffin',
      QQ: 'qq',
      QQLite: 'qqlite',
      QupZilla: 'qupzilla',
      Roku: 'roku',
      Safari: 'safari',
      Sailfish: 'sailfish',
      'Samsung Internet for Android': 'samsung_internet',
      SlackBot: 'slackbot',
      SeaMonkey: 'seamonkey',
      Sleipnir: 'sleipnir',
      'Sogou Browser': 'sogou',
      Swing: 'swing',
      Tizen: 'tizen',
      'UC Browser': 'uc',
      'Vivo Browser': 'vivo',
      Vivaldi: 'vivaldi',
      'WebOS Browser': 'webos',
      WeChat: 'wechat',
      YahooSlurp: 'yahooslurp',
      'Yandex Browser': 'yandex',
      YandexBot: 'yandexbot',
      YouBot: 'youbot',
    }),
      (Qg = {
        amazonbot: 'AmazonBot',
        amazon_silk: 'Amazon Silk',
        android: 'Android Browser',
        baiduspider: 'BaiduSpider',
        bada: 'Bada',
        bertina: 'Bertina Browser',
        bingcrawler: 'BingCrawler',
        blackberry: 'BlackBerry',
        brave: 'Brave',
        chatgpt_user: 'ChatGPT-User',
        chrome: 'Chrome',
        claudebot: 'ClaudeBot',
        chromium: 'Chromium',
        diffbot: 'Diffbot',
        duckduckbot: 'DuckDuckBot',
        duckduckgo: 'DuckDuckGo',
        edge: 'Microsoft Edge',
        electron: 'Electron',
        epiphany: 'Epiphany',
        facebookexternalhit: 'FacebookExternalHit',
        firefox: 'Firefox',
        freebox: 'Freebox',
        focus: 'Focus',
        generic: 'Generic',
        google_search: 'Google Search',
        googlebot: 'Googlebot',
        gptbot: 'GPTBot',
        heytap: 'HeyTap Browser',
        ie: 'Internet Explorer',
        internetarchivecrawler: 'InternetArchiveCrawler',
        k_meleon: 'K-Meleon',
        ladybird: 'Ladybird',
        librewolf: 'LibreWolf',
        linespider: 'Linespider',
        maxthon: 'Maxthon',
        meta_externalads: 'Meta-ExternalAds',
        meta_externalagent: 'Meta-ExternalAgent',
        meta_externalfetcher: 'Meta-ExternalFetcher',
        meta_webindexer: 'Meta-WebIndexer',
        mz: 'MZ Browser',
        naver: 'NAVER Whale Browser',
        oai_searchbot: 'OAI-SearchBot',
        omgilibot: 'Omgilibot',
        opera: 'Opera',
        opera_coast: 'Opera Coast',
        pale_moon: 'Pale Moon',
        perplexitybot: 'PerplexityBot',
        perplexity_user: 'Perplexity-User',
        phantomjs: 'PhantomJS',
        pingdombot: 'PingdomBot',
        puffin: 'Puffin',
        qq: 'QQ Browser',
        qqlite: 'QQ Browser Lite',
        qupzilla: 'QupZilla',
        roku: 'Roku',
        safari: 'Safari',
        sailfish: 'Sailfish',
        samsung_internet: 'Samsung Internet for Android',
        seamonkey: 'SeaMonkey',
        slackbot: 'SlackBot',
        sleipnir: 'Sleipnir',
        sogou: 'Sogou Browser',
        swing: 'Swing',
        tizen: 'Tizen',
        uc: 'UC Browser',
        vivo: 'Vivo Browser',
        vivaldi: 'Vivaldi',
        webos: 'WebOS Browser',
        wechat: 'WeChat',
        yahooslurp: 'YahooSlurp',
        yandex: 'Yandex Browser',
        yandexbot: 'YandexBot',
        youbot: 'YouBot',
      }),
      (N = { bot: 'bot', desktop: 'desktop', mobile: 'mobile', tablet: 'tablet', tv: 'tv' }),
      (Xe = {
        Android: 'Android',
        Bada: 'Bada',
        BlackBerry: 'BlackBerry',
        ChromeOS: 'Chrome OS',
        HarmonyOS: 'HarmonyOS',
        iOS: 'iOS',
        Linux: 'Linux',
        MacOS: 'macOS',
        PlayStation4: 'PlayStation 4',
        Roku: 'Roku',
        Tizen: 'Tizen',
        WebOS: 'WebOS',
        Windows: 'Windows',
        WindowsPhone: 'Windows Phone',
      }),
      (ur = {
        Blink: 'Blink',
        EdgeHTML: 'EdgeHTML',
        Gecko: 'Gecko',
        LibWeb: 'LibWeb',
        Presto: 'Presto',
        Trident: 'Trident',
        WebKit: 'WebKit',
      }),
      (S = (() => {
        function t() {}
        return (
          (t.getFirstMatch = (r, s) => {
            var o = s.match(r);
            return (o && o.length > 0 && o[1]) || '';
          }),
          (t.getSecondMatch = (r, s) => {
            var o = s.match(r);
            return (o && o.length > 1 && o[2]) || '';
          }),
          (t.matchAndReturnConst = (r, s, o) => {
            if (r.test(s)) return o;
          }),
          (t.isFirefoxOnIpad = (r) => {
            var s = r.indexOf('Macintosh');
            if (s === -1) return !1;
            var o = r.indexOf(' FxiOS', s + 9);
            return o !== -1 && r.indexOf('/', o + 6) !== -1;
          }),
          (t.getWindowsVersionName = (r) => {
            switch (r) {
              case 'NT':
                return 'NT';
              case 'XP':
                return 'XP';
              case 'NT 5.0':
                return '2000';
              case 'NT 5.1':
                return 'XP';
              case 'NT 5.2':
                return '2003';
              case 'NT 6.0':
                return 'Vista';
              case 'NT 6.1':
                return '7';
              case 'NT 6.2':
                return '8';
              case 'NT 6.3':
                return '8.1';
              case 'NT 10.0':
                return '10';
              default:
                return;
            }
          }),
          (t.getMacOSVersionName = (r) => {
            var s = r
              .split('.')
              .splice(0, 2)
              .map((i) => parseInt(i, 10) || 0);
            s.push(0);
            var o = s[0],
              n = s[1];
            if (o === 10)
              switch (n) {
                case 5:
                  return 'Leopard';
                case 6:
                  return 'Snow Leopard';
                case 7:
                  return 'Lion';
                case 8:
                  return 'Mountain Lion';
                case 9:
                  return 'Mavericks';
                case 10:
                  return 'Yosemite';
                case 11:
                  return 'El Capitan';
                case 12:
                  return 'Sierra';
                case 13:
                  return 'High Sierra';
                case 14:
                  return 'Mojave';
                case 15:
                  return 'Catalina';
                default:
                  return;
              }
            switch (o) {
              case 11:
                return 'Big Sur';
              case 12:
                return 'Monterey';
              case 13:
                return 'Ventura';
              case 14:
                return 'Sonoma';
              case 15:
                return 'Sequoia';
              default:
                return;
            }
          }),
          (t.getAndroidVersionName = (r) => {
            var s = r
              .split('.')
              .splice(0, 2)
              .map((o) => parseInt(o, 10) || 0);
            if ((s.push(0), !(s[0] === 1 && s[1] < 5))) {
              if (s[0] === 1 && s[1] < 6) return 'Cupcake';
              if (s[0] === 1 && s[1] >= 6) return 'Donut';
              if (s[0] === 2 && s[1] < 2) return 'Eclair';
              if (s[0] === 2 && s[1] === 2) return 'Froyo';
              if (s[0] === 2 && s[1] > 2) return 'Gingerbread';
              if (s[0] === 3) return 'Honeycomb';
              if (s[0] === 4 && s[1] < 1) return 'Ice Cream Sandwich';
              if (s[0] === 4 && s[1] < 4) return 'Jelly Bean';
              if (s[0] === 4 && s[1] >= 4) return 'KitKat';
              if (s[0] === 5) return 'Lollipop';
              if (s[0] === 6) return 'Marshmallow';
              if (s[0] === 7) return 'Nougat';
              if (s[0] === 8) return 'Oreo';
              if (s[0] === 9) return 'Pie';
            }
          }),
          (t.getVersionPrecision = (r) => r.split('.').length),
          (t.compareVersions = (r, s, o) => {
            o === void 0 && (o = !1);
            var n = t.getVersionPrecision(r),
              i = t.getVersionPrecision(s),
              a = Math.max(n, i),
              c = 0,
              u = t.map([r, s], (l) => {
                var f = a - t.getVersionPrecision(l),
                  m = l + new Array(f + 1).join('.0');
                return t.map(m.split('.'), (p) => new Array(20 - p.length).join('0') + p).reverse();
              });
            for (o && (c = a - Math.min(n, i)), a -= 1; a >= c; ) {
              if (u[0][a] > u[1][a]) return 1;
              if (u[0][a] === u[1][a]) {
                if (a === c) return 0;
                a -= 1;
              } else if (u[0][a] < u[1][a]) return -1;
            }
          }),
          (t.map = (r, s) => {
            var o = [],
              n;
            if (Array.prototype.map) return Array.prototype.map.call(r, s);
            for (n = 0; n < r.length; n += 1) o.push(s(r[n]));
            return o;
          }),
          (t.find = (r, s) => {
            var o, n;
            if (Array.prototype.find) return Array.prototype.find.call(r, s);
            for (o = 0, n = r.length; o < n; o += 1) {
              var i = r[o];
              if (s(i, o)) return i;
            }
          }),
          (t.assign = function (r) {
            for (var s = r, o, n, i = arguments.length, a = new Array(i > 1 ? i - 1 : 0), c = 1; c < i; c++)
              a[c - 1] = arguments[c];
            if (Object.assign) return Object.assign.apply(Object, [r].concat(a));
            var u = () => {
              var f = a[o];
              typeof f == 'object' &&
                f !== null &&
                Object.keys(f).forEach((m) => {
                  s[m] = f[m];
                });
            };
            for (o = 0, n = a.length; o < n; o += 1) u();
            return r;
          }),
          (t.getBrowserAlias = (r) => pB[r]),
          (t.getBrowserTypeByAlias = (r) => Qg[r] || ''),
          t
        );
      })()),
      (I = /version\/(\d+(\.?_?\d+)+)/i),
      (hB = [
        {
          test: [/gptbot/i],
          describe: (e) => {
            var r = { name: 'GPTBot' },
              s = S.getFirstMatch(/gptbot\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/chatgpt-user/i],
          describe: (e) => {
            var r = { name: 'ChatGPT-User' },
              s = S.getFirstMatch(/chatgpt-user\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/oai-searchbot/i],
          describe: (e) => {
            var r = { name: 'OAI-SearchBot' },
              s = S.getFirstMatch(/oai-searchbot\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/claudebot/i, /claude-web/i, /claude-user/i, /claude-searchbot/i],
          describe: (e) => {
            var r = { name: 'ClaudeBot' },
              s =
                S.getFirstMatch(/(?:claudebot|claude-web|claude-user|claude-searchbot)\/(\d+(\.\d+)+)/i, e) ||
                S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/omgilibot/i, /webzio-extended/i],
          describe: (e) => {
            var r = { name: 'Omgilibot' },
              s =
                S.getFirstMatch(/(?:omgilibot|webzio-extended)\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/diffbot/i],
          describe: (e) => {
            var r = { name: 'Diffbot' },
              s = S.getFirstMatch(/diffbot\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/perplexitybot/i],
          describe: (e) => {
            var r = { name: 'PerplexityBot' },
              s = S.getFirstMatch(/perplexitybot\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/perplexity-user/i],
          describe: (e) => {
            var r = { name: 'Perplexity-User' },
              s = S.getFirstMatch(/perplexity-user\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/youbot/i],
          describe: (e) => {
            var r = { name: 'YouBot' },
              s = S.getFirstMatch(/youbot\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/meta-webindexer/i],
          describe: (e) => {
            var r = { name: 'Meta-WebIndexer' },
              s = S.getFirstMatch(/meta-webindexer\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/meta-externalads/i],
          describe: (e) => {
            var r = { name: 'Meta-ExternalAds' },
              s = S.getFirstMatch(/meta-externalads\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/meta-externalagent/i],
          describe: (e) => {
            var r = { name: 'Meta-ExternalAgent' },
              s = S.getFirstMatch(/meta-externalagent\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/meta-externalfetcher/i],
          describe: (e) => {
            var r = { name: 'Meta-ExternalFetcher' },
              s = S.getFirstMatch(/meta-externalfetcher\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/googlebot/i],
          describe: (e) => {
            var r = { name: 'Googlebot' },
              s = S.getFirstMatch(/googlebot\/(\d+(\.\d+))/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/linespider/i],
          describe: (e) => {
            var r = { name: 'Linespider' },
              s =
                S.getFirstMatch(/(?:linespider)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i, e) ||
                S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/amazonbot/i],
          describe: (e) => {
            var r = { name: 'AmazonBot' },
              s = S.getFirstMatch(/amazonbot\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/bingbot/i],
          describe: (e) => {
            var r = { name: 'BingCrawler' },
              s = S.getFirstMatch(/bingbot\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/baiduspider/i],
          describe: (e) => {
            var r = { name: 'BaiduSpider' },
              s = S.getFirstMatch(/baiduspider\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/duckduckbot/i],
          describe: (e) => {
            var r = { name: 'DuckDuckBot' },
              s = S.getFirstMatch(/duckduckbot\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/ia_archiver/i],
          describe: (e) => {
            var r = { name: 'InternetArchiveCrawler' },
              s = S.getFirstMatch(/ia_archiver\/(\d+(\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/facebookexternalhit/i, /facebookcatalog/i],
          describe: () => ({ name: 'FacebookExternalHit' }),
        },
        {
          test: [/slackbot/i, /slack-imgProxy/i],
          describe: (e) => {
            var r = { name: 'SlackBot' },
              s =
                S.getFirstMatch(/(?:slackbot|slack-imgproxy)(?:-[-\w]{1,64})?[\s/](\d+(\.\d+)+)/i, e) ||
                S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        { test: [/yahoo!?[\s/]*slurp/i], describe: () => ({ name: 'YahooSlurp' }) },
        { test: [/yandexbot/i, /yandexmobilebot/i], describe: () => ({ name: 'YandexBot' }) },
        { test: [/pingdom/i], describe: () => ({ name: 'PingdomBot' }) },
        {
          test: [/opera/i],
          describe: (e) => {
            var r = { name: 'Opera' },
              s = S.getFirstMatch(I, e) || S.getFirstMatch(/(?:opera)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/opr\/|opios/i],
          describe: (e) => {
            var r = { name: 'Opera' },
              s = S.getFirstMatch(/(?:opr|opios)[\s/](\d+(?:\.\d+)*)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/SamsungBrowser/i],
          describe: (e) => {
            var r = { name: 'Samsung Internet for Android' },
              s = S.getFirstMatch(I, e) || S.getFirstMatch(/(?:SamsungBrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/Whale/i],
          describe: (e) => {
            var r = { name: 'NAVER Whale Browser' },
              s = S.getFirstMatch(I, e) || S.getFirstMatch(/(?:whale)[\s/](\d+(?:\.\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/PaleMoon/i],
          describe: (e) => {
            var r = { name: 'Pale Moon' },
              s = S.getFirstMatch(I, e) || S.getFirstMatch(/(?:PaleMoon)[\s/](\d+(?:\.\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/HeyTapBrowser/i],
          describe: (e) => {
            var r = { name: 'HeyTap Browser' },
              s = S.getFirstMatch(/(?:HeyTapBrowser)[\s/](\d+(?:\.\d+)*)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/VivoBrowser/i],
          describe: (e) => {
            var r = { name: 'Vivo Browser' },
              s = S.getFirstMatch(/(?:VivoBrowser)[\s/](\d+(?:\.\d+)*)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/MZBrowser/i],
          describe: (e) => {
            var r = { name: 'MZ Browser' },
              s = S.getFirstMatch(/(?:MZBrowser)[\s/](\d+(?:\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/focus/i],
          describe: (e) => {
            var r = { name: 'Focus' },
              s = S.getFirstMatch(/(?:focus)[\s/](\d+(?:\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/swing/i],
          describe: (e) => {
            var r = { name: 'Swing' },
              s = S.getFirstMatch(/(?:swing)[\s/](\d+(?:\.\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/coast/i],
          describe: (e) => {
            var r = { name: 'Opera Coast' },
              s = S.getFirstMatch(I, e) || S.getFirstMatch(/(?:coast)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/opt\/\d+(?:.?_?\d+)+/i],
          describe: (e) => {
            var r = { name: 'Opera Touch' },
              s = S.getFirstMatch(/(?:opt)[\s/](\d+(\.?_?\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/\sbertina\//i],
          describe: (e) => {
            var r = { name: 'Bertina Browser' },
              s = S.getFirstMatch(/(?:bertina)\/(\d+(\.?_?\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/yabrowser/i],
          describe: (e) => {
            var r = { name: 'Yandex Browser' },
              s = S.getFirstMatch(/(?:yabrowser)[\s/](\d+(\.?_?\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/ucbrowser|ucmobile\//i, /\bucpc\//i, /\bubrowser\//i],
          describe: (e) => {
            var r = { name: 'UC Browser' },
              s =
                S.getFirstMatch(/(?:ucbrowser[\s/]?|ucmobile\/|\bucpc\/|\bubrowser\/)(\d+(\.?_?\d+)+)/i, e) ||
                S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/Maxthon|mxios/i],
          describe: (e) => {
            var r = { name: 'Maxthon' },
              s = S.getFirstMatch(I, e) || S.getFirstMatch(/(?:Maxthon|mxios)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/epiphany/i],
          describe: (e) => {
            var r = { name: 'Epiphany' },
              s = S.getFirstMatch(I, e) || S.getFirstMatch(/(?:epiphany)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/puffin/i],
          describe: (e) => {
            var r = { name: 'Puffin' },
              s = S.getFirstMatch(I, e) || S.getFirstMatch(/(?:puffin)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/sleipnir/i],
          describe: (e) => {
            var r = { name: 'Sleipnir' },
              s = S.getFirstMatch(I, e) || S.getFirstMatch(/(?:sleipnir)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/k-meleon/i],
          describe: (e) => {
            var r = { name: 'K-Meleon' },
              s = S.getFirstMatch(I, e) || S.getFirstMatch(/(?:k-meleon)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/micromessenger/i],
          describe: (e) => {
            var r = { name: 'WeChat' },
              s = S.getFirstMatch(/(?:micromessenger)[\s/](\d+(\.?_?\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/qqbrowser/i],
          describe: (e) => {
            var r = { name: /qqbrowserlite/i.test(e) ? 'QQ Browser Lite' : 'QQ Browser' },
              s =
                S.getFirstMatch(/(?:qqbrowserlite|qqbrowser)[/](\d+(\.?_?\d+)+)/i, e) ||
                S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/msie|trident/i],
          describe: (e) => {
            var r = { name: 'Internet Explorer' },
              s = S.getFirstMatch(/(?:msie |rv:)(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/\sedg\//i],
          describe: (e) => {
            var r = { name: 'Microsoft Edge' },
              s = S.getFirstMatch(/\sedg\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/edg([ea]|ios)\//i],
          describe: (e) => {
            var r = { name: 'Microsoft Edge' },
              s = S.getSecondMatch(/edg([ea]|ios)\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: (e) => (e.hasBrand('Vivaldi') ? !0 : e.test(/vivaldi/i)),
          describe: (e, r) => {
            var s = { name: 'Vivaldi' };
            if (r) {
              var o = r.getBrandVersion('Vivaldi');
              if (o) return ((s.version = o), s);
            }
            var n = S.getFirstMatch(/vivaldi\/(\d+(\.?_?\d+)+)/i, e);
            return (n && (s.version = n), s);
          },
        },
        {
          test: [/seamonkey/i],
          describe: (e) => {
            var r = { name: 'SeaMonkey' },
              s = S.getFirstMatch(/seamonkey\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/sailfish/i],
          describe: (e) => {
            var r = { name: 'Sailfish' },
              s = S.getFirstMatch(/sailfish\s?browser\/(\d+(\.\d+)?)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/silk/i],
          describe: (e) => {
            var r = { name: 'Amazon Silk' },
              s = S.getFirstMatch(/silk\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/phantom/i],
          describe: (e) => {
            var r = { name: 'PhantomJS' },
              s = S.getFirstMatch(/phantomjs\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/slimerjs/i],
          describe: (e) => {
            var r = { name: 'SlimerJS' },
              s = S.getFirstMatch(/slimerjs\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/blackberry|\bbb\d+/i, /rim\stablet/i],
          describe: (e) => {
            var r = { name: 'BlackBerry' },
              s = S.getFirstMatch(I, e) || S.getFirstMatch(/blackberry[\d]+\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/(web|hpw)[o0]s/i],
          describe: (e) => {
            var r = { name: 'WebOS Browser' },
              s = S.getFirstMatch(I, e) || S.getFirstMatch(/w(?:eb)?[o0]sbrowser\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/bada/i],
          describe: (e) => {
            var r = { name: 'Bada' },
              s = S.getFirstMatch(/dolfin\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/tizen/i],
          describe: (e) => {
            var r = { name: 'Tizen' },
              s = S.getFirstMatch(/(?:tizen\s?)?browser\/(\d+(\.?_?\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/qupzilla/i],
          describe: (e) => {
            var r = { name: 'QupZilla' },
              s = S.getFirstMatch(/(?:qupzilla)[\s/](\d+(\.?_?\d+)+)/i, e) || S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/librewolf/i],
          describe: (e) => {
            var r = { name: 'LibreWolf' },
              s = S.getFirstMatch(/(?:librewolf)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/firefox|iceweasel|fxios/i],
          describe: (e) => {
            var r = { name: 'Firefox' },
              s = S.getFirstMatch(/(?:firefox|iceweasel|fxios)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/electron/i],
          describe: (e) => {
            var r = { name: 'Electron' },
              s = S.getFirstMatch(/(?:electron)\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/sogoumobilebrowser/i, /metasr/i, /se 2\.[x]/i],
          describe: (e) => {
            var r = { name: 'Sogou Browser' },
              s = S.getFirstMatch(/(?:sogoumobilebrowser)[\s/](\d+(\.?_?\d+)+)/i, e),
              o = S.getFirstMatch(/(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i, e),
              n = S.getFirstMatch(/se ([\d.]+)x/i, e),
              i = s || o || n;
            return (i && (r.version = i), r);
          },
        },
        {
          test: [/MiuiBrowser/i],
          describe: (e) => {
            var r = { name: 'Miui' },
              s = S.getFirstMatch(/(?:MiuiBrowser)[\s/](\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: (e) => (e.hasBrand('DuckDuckGo') ? !0 : e.test(/\sDdg\/[\d.]+$/i)),
          describe: (e, r) => {
            var s = { name: 'DuckDuckGo' };
            if (r) {
              var o = r.getBrandVersion('DuckDuckGo');
              if (o) return ((s.version = o), s);
            }
            var n = S.getFirstMatch(/\sDdg\/([\d.]+)$/i, e);
            return (n && (s.version = n), s);
          },
        },
        {
          test: (e) => e.hasBrand('Brave'),
          describe: (e, r) => {
            var s = { name: 'Brave' };
            if (r) {
              var o = r.getBrandVersion('Brave');
              if (o) return ((s.version = o), s);
            }
            return s;
          },
        },
        {
          test: [/chromium/i],
          describe: (e) => {
            var r = { name: 'Chromium' },
              s =
                S.getFirstMatch(/(?:chromium)[\s/](\d+(\.?_?\d+)+)/i, e) ||
                S.getFirstMatch(I, e) ||
                S.getFirstMatch(/(?:chrome)\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/ladybird/i],
          describe: (e) => {
            var r = { name: 'Ladybird' },
              s = S.getFirstMatch(/ladybird\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/chrome|crios|crmo/i],
          describe: (e) => {
            var r = { name: 'Chrome' },
              s = S.getFirstMatch(/(?:chrome|crios|crmo)\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/\bGSA\//i],
          describe: (e) => {
            var r = { name: 'Google Search' },
              s = S.getFirstMatch(/(?:GSA)\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: (e) => {
            var r = !e.test(/like android/i),
              s = e.test(/android/i);
            return r && s;
          },
          describe: (e) => {
            var r = { name: 'Android Browser' },
              s = S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/playstation 4/i],
          describe: (e) => {
            var r = { name: 'PlayStation 4' },
              s = S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/freebox/i],
          describe: (e) => {
            var r = { name: 'Freebox' },
              s = S.getFirstMatch(/navigateur web\/(\d+(\.\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/safari|applewebkit/i],
          describe: (e) => {
            var r = { name: 'Safari' },
              s = S.getFirstMatch(I, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/.*/i],
          describe: (e) => {
            var r = e.search('\\(') !== -1 ? /^(.*)\/([^/]*)[ \t]\((.*)/ : /^(.*)\/([^/]*) /;
            return { name: S.getFirstMatch(r, e), version: S.getSecondMatch(r, e) };
          },
        },
      ]),
      (gB = [
        {
          test: [/Roku\/DVP/],
          describe: (e) => {
            var r = S.getFirstMatch(/Roku\/DVP-(\d+\.\d+)/i, e);
            return { name: Xe.Roku, version: r };
          },
        },
        {
          test: [/windows phone/i],
          describe: (e) => {
            var r = S.getFirstMatch(/windows phone (?:os)?\s?(\d+(\.\d+)*)/i, e);
            return { name: Xe.WindowsPhone, version: r };
          },
        },
        {
          test: [/windows /i],
          describe: (e) => {
            var r = S.getFirstMatch(/Windows ((NT|XP)( \d\d?.\d)?)/i, e),
              s = S.getWindowsVersionName(r);
            return { name: Xe.Windows, version: r, versionName: s };
          },
        },
        {
          test: (e) => S.isFirefoxOnIpad(e.getUA()),
          describe: (e) => {
            var r = { name: Xe.iOS },
              s = S.getSecondMatch(/(Version\/)(\d[\d.]+)/, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: [/macintosh/i],
          describe: (e) => {
            var r = S.getFirstMatch(/mac os x (\d+(\.?_?\d+)+)/i, e).replace(/[_\s]/g, '.'),
              s = S.getMacOSVersionName(r),
              o = { name: Xe.MacOS, version: r };
            return (s && (o.versionName = s), o);
          },
        },
        {
          test: [/(ipod|iphone|ipad)/i],
          describe: (e) => {
            var r = S.getFirstMatch(/os (\d+([_\s]\d+)*) like mac os x/i, e).replace(/[_\s]/g, '.'),
              s = S.getFirstMatch(/version\/(\d+(\.\d+)*) mobile\/\w+ safari\//i, e);
            return (/^18(\.|$)/.test(r) && parseInt(s, 10) >= 26 && (r = s), { name: Xe.iOS, version: r });
          },
        },
        {
          test: [/OpenHarmony/i],
          describe: (e) => {
            var r = S.getFirstMatch(/OpenHarmony\s+(\d+(\.\d+)*)/i, e);
            return { name: Xe.HarmonyOS, version: r };
          },
        },
        {
          test: (e) => {
            var r = !e.test(/like android/i),
              s = e.test(/android/i);
            return r && s;
          },
          describe: (e) => {
            var r = S.getFirstMatch(/android[\s/-](\d+(\.\d+)*)/i, e),
              s = S.getAndroidVersionName(r),
              o = { name: Xe.Android, version: r };
            return (s && (o.versionName = s), o);
          },
        },
        {
          test: [/(web|hpw)[o0]s/i],
          describe: (e) => {
            var r = S.getFirstMatch(/(?:web|hpw)[o0]s\/(\d+(\.\d+)*)/i, e),
              s = { name: Xe.WebOS };
            return (r && r.length && (s.version = r), s);
          },
        },
        {
          test: [/blackberry|\bbb\d+/i, /rim\stablet/i],
          describe: (e) => {
            var r =
              S.getFirstMatch(/rim\stablet\sos\s(\d+(\.\d+)*)/i, e) ||
              S.getFirstMatch(/blackberry\d+\/(\d+([_\s]\d+)*)/i, e) ||
              S.getFirstMatch(/\bbb(\d+)/i, e);
            return { name: Xe.BlackBerry, version: r };
          },
        },
        {
          test: [/bada/i],
          describe: (e) => {
            var r = S.getFirstMatch(/bada\/(\d+(\.\d+)*)/i, e);
            return { name: Xe.Bada, version: r };
          },
        },
        {
          test: [/tizen/i],
          describe: (e) => {
            var r = S.getFirstMatch(/tizen[/\s](\d+(\.\d+)*)/i, e);
            return { name: Xe.Tizen, version: r };
          },
        },
        { test: [/linux/i], describe: () => ({ name: Xe.Linux }) },
        { test: [/CrOS/], describe: () => ({ name: Xe.ChromeOS }) },
        {
          test: [/PlayStation 4/],
          describe: (e) => {
            var r = S.getFirstMatch(/PlayStation 4[/\s](\d+(\.\d+)*)/i, e);
            return { name: Xe.PlayStation4, version: r };
          },
        },
      ]),
      (yB = [
        { test: [/googlebot/i], describe: () => ({ type: N.bot, vendor: 'Google' }) },
        { test: [/linespider/i], describe: () => ({ type: N.bot, vendor: 'Line' }) },
        { test: [/amazonbot/i], describe: () => ({ type: N.bot, vendor: 'Amazon' }) },
        { test: [/gptbot/i], describe: () => ({ type: N.bot, vendor: 'OpenAI' }) },
        { test: [/chatgpt-user/i], describe: () => ({ type: N.bot, vendor: 'OpenAI' }) },
        { test: [/oai-searchbot/i], describe: () => ({ type: N.bot, vendor: 'OpenAI' }) },
        { test: [/baiduspider/i], describe: () => ({ type: N.bot, vendor: 'Baidu' }) },
        { test: [/bingbot/i], describe: () => ({ type: N.bot, vendor: 'Bing' }) },
        { test: [/duckduckbot/i], describe: () => ({ type: N.bot, vendor: 'DuckDuckGo' }) },
        {
          test: [/claudebot/i, /claude-web/i, /claude-user/i, /claude-searchbot/i],
          describe: () => ({ type: N.bot, vendor: 'Anthropic' }),
        },
        { test: [/omgilibot/i, /webzio-extended/i], describe: () => ({ type: N.bot, vendor: 'Webz.io' }) },
        { test: [/diffbot/i], describe: () => ({ type: N.bot, vendor: 'Diffbot' }) },
        { test: [/perplexitybot/i], describe: () => ({ type: N.bot, vendor: 'Perplexity AI' }) },
        { test: [/perplexity-user/i], describe: () => ({ type: N.bot, vendor: 'Perplexity AI' }) },
        { test: [/youbot/i], describe: () => ({ type: N.bot, vendor: 'You.com' }) },
        { test: [/ia_archiver/i], describe: () => ({ type: N.bot, vendor: 'Internet Archive' }) },
        { test: [/meta-webindexer/i], describe: () => ({ type: N.bot, vendor: 'Meta' }) },
        { test: [/meta-externalads/i], describe: () => ({ type: N.bot, vendor: 'Meta' }) },
        { test: [/meta-externalagent/i], describe: () => ({ type: N.bot, vendor: 'Meta' }) },
        { test: [/meta-externalfetcher/i], describe: () => ({ type: N.bot, vendor: 'Meta' }) },
        {
          test: [/facebookexternalhit/i, /facebookcatalog/i],
          describe: () => ({ type: N.bot, vendor: 'Meta' }),
        },
        { test: [/slackbot/i, /slack-imgProxy/i], describe: () => ({ type: N.bot, vendor: 'Slack' }) },
        { test: [/yahoo/i], describe: () => ({ type: N.bot, vendor: 'Yahoo' }) },
        { test: [/yandexbot/i, /yandexmobilebot/i], describe: () => ({ type: N.bot, vendor: 'Yandex' }) },
        { test: [/pingdom/i], describe: () => ({ type: N.bot, vendor: 'Pingdom' }) },
        {
          test: [/huawei/i],
          describe: (e) => {
            var r = S.getFirstMatch(/(can-l01)/i, e) && 'Nova',
              s = { type: N.mobile, vendor: 'Huawei' };
            return (r && (s.model = r), s);
          },
        },
        { test: [/nexus\s*(?:7|8|9|10).*/i], describe: () => ({ type: N.tablet, vendor: 'Nexus' }) },
        { test: [/ipad/i], describe: () => ({ type: N.tablet, vendor: 'Apple', model: 'iPad' }) },
        {
          test: (e) => S.isFirefoxOnIpad(e.getUA()),
          describe: () => ({ type: N.tablet, vendor: 'Apple', model: 'iPad' }),
        },
        {
          test: [/kftt build/i],
          describe: () => ({ type: N.tablet, vendor: 'Amazon', model: 'Kindle Fire HD 7' }),
        },
        { test: [/silk/i], describe: () => ({ type: N.tablet, vendor: 'Amazon' }) },
        { test: [/tablet(?! pc)/i], describe: () => ({ type: N.tablet }) },
        {
          test: (e) => {
            var r = e.test(/ipod|iphone/i),
              s = e.test(/like (ipod|iphone)/i);
            return r && !s;
          },
          describe: (e) => {
            var r = S.getFirstMatch(/(ipod|iphone)/i, e);
            return { type: N.mobile, vendor: 'Apple', model: r };
          },
        },
        {
          test: [/nexus\s*[0-6].*/i, /galaxy nexus/i],
          describe: () => ({ type: N.mobile, vendor: 'Nexus' }),
        },
        {
          test: [/Nokia/i],
          describe: (e) => {
            var r = S.getFirstMatch(/Nokia\s+([0-9]+(\.[0-9]+)?)/i, e),
              s = { type: N.mobile, vendor: 'Nokia' };
            return (r && (s.model = r), s);
          },
        },
        { test: [/[^-]mobi/i], describe: () => ({ type: N.mobile }) },
        {
          test: (e) => e.getBrowserName(!0) === 'blackberry',
          describe: () => ({ type: N.mobile, vendor: 'BlackBerry' }),
        },
        { test: (e) => e.getBrowserName(!0) === 'bada', describe: () => ({ type: N.mobile }) },
        {
          test: (e) => e.getBrowserName() === 'windows phone',
          describe: () => ({ type: N.mobile, vendor: 'Microsoft' }),
        },
        {
          test: (e) => {
            var r = Number(String(e.getOSVersion()).split('.')[0]);
            return e.getOSName(!0) === 'android' && r >= 3;
          },
          describe: () => ({ type: N.tablet }),
        },
        { test: (e) => e.getOSName(!0) === 'android', describe: () => ({ type: N.mobile }) },
        { test: [/smart-?tv|smarttv/i], describe: () => ({ type: N.tv }) },
        { test: [/netcast/i], describe: () => ({ type: N.tv }) },
        { test: (e) => e.getOSName(!0) === 'macos', describe: () => ({ type: N.desktop, vendor: 'Apple' }) },
        { test: (e) => e.getOSName(!0) === 'windows', describe: () => ({ type: N.desktop }) },
        { test: (e) => e.getOSName(!0) === 'linux', describe: () => ({ type: N.desktop }) },
        { test: (e) => e.getOSName(!0) === 'chrome os', describe: () => ({ type: N.desktop }) },
        { test: (e) => e.getOSName(!0) === 'playstation 4', describe: () => ({ type: N.tv }) },
        { test: (e) => e.getOSName(!0) === 'roku', describe: () => ({ type: N.tv }) },
      ]),
      (SB = [
        {
          test: (e) => e.getBrowserName(!0) === 'microsoft edge',
          describe: (e) => {
            if (/\sedgios\//i.test(e)) {
              var r = { name: ur.WebKit },
                s = S.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i, e);
              return (s && (r.version = s), r);
            }
            if (/\sedga?\//i.test(e)) return { name: ur.Blink };
            var o = S.getFirstMatch(/edge\/(\d+(\.?_?\d+)+)/i, e);
            return { name: ur.EdgeHTML, version: o };
          },
        },
        { test: (e) => e.getBrowserName(!0) === 'ladybird', describe: () => ({ name: ur.LibWeb }) },
        {
          test: [/trident/i],
          describe: (e) => {
            var r = { name: ur.Trident },
              s = S.getFirstMatch(/trident\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: (e) => e.test(/presto/i),
          describe: (e) => {
            var r = { name: ur.Presto },
              s = S.getFirstMatch(/presto\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        {
          test: (e) => {
            var r = e.test(/gecko/i),
              s = e.test(/like gecko/i);
            return r && !s;
          },
          describe: (e) => {
            var r = { name: ur.Gecko },
              s = S.getFirstMatch(/gecko\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
        { test: [/(apple)?webkit\/537\.36/i], describe: () => ({ name: ur.Blink }) },
        {
          test: [/(apple)?webkit/i],
          describe: (e) => {
            var r = { name: ur.WebKit },
              s = S.getFirstMatch(/webkit\/(\d+(\.?_?\d+)+)/i, e);
            return (s && (r.version = s), r);
          },
        },
      ]),
      (OR = (() => {
        function t(r, s, o) {
          if ((s === void 0 && (s = !1), o === void 0 && (o = null), r == null || r === ''))
            throw new Error("UserAgent parameter can't be empty");
          this._ua = r;
          var n = !1;
          typeof s == 'boolean'
            ? ((n = s), (this._hints = o))
            : s != null && typeof s == 'object'
              ? (this._hints = s)
              : (this._hints = null),
            (this.parsedResult = {}),
            n !== !0 && this.parse();
        }
        var e = t.prototype;
        return (
          (e.getHints = function () {
            return this._hints;
          }),
          (e.hasBrand = function (s) {
            if (!this._hints || !Array.isArray(this._hints.brands)) return !1;
            var o = s.toLowerCase();
            return this._hints.brands.some((n) => n.brand && n.brand.toLowerCase() === o);
          }),
          (e.getBrandVersion = function (s) {
            if (!(!this._hints || !Array.isArray(this._hints.brands))) {
              var o = s.toLowerCase(),
                n = S.find(this._hints.brands, (i) => i.brand && i.brand.toLowerCase() === o);
              return n ? n.version : void 0;
            }
          }),
          (e.getUA = function () {
            return this._ua;
          }),
          (e.test = function (s) {
            return s.test(this._ua);
          }),
          (e.parseBrowser = function () {
            this.parsedResult.browser = {};
            var o = S.find(hB, (n) => {
              if (typeof n.test == 'function') return n.test(this);
              if (Array.isArray(n.test)) return n.test.some((i) => this.test(i));
              throw new Error("Browser's test function is not valid");
            });
            return (
              o && (this.parsedResult.browser = o.describe(this.getUA(), this)), this.parsedResult.browser
            );
          }),
          (e.getBrowser = function () {
            return this.parsedResult.browser ? this.parsedResult.browser : this.parseBrowser();
          }),
          (e.getBrowserName = function (s) {
            return s ? String(this.getBrowser().name).toLowerCase() || '' : this.getBrowser().name || '';
          }),
          (e.getBrowserVersion = function () {
            return this.getBrowser().version;
          }),
          (e.getOS = function () {
            return this.parsedResult.os ? this.parsedResult.os : this.parseOS();
          }),
          (e.parseOS = function () {
            this.parsedResult.os = {};
            var o = S.find(gB, (n) => {
              if (typeof n.test == 'function') return n.test(this);
              if (Array.isArray(n.test)) return n.test.some((i) => this.test(i));
              throw new Error("Browser's test function is not valid");
            });
            return (o && (this.parsedResult.os = o.describe(this.getUA())), this.parsedResult.os);
          }),
          (e.getOSName = function (s) {
            var o = this.getOS().name;
            return s ? String(o).toLowerCase() || '' : o || '';
          }),
          (e.getOSVersion = function () {
            return this.getOS().version;
          }),
          (e.getPlatform = function () {
            return this.parsedResult.platform ? this.parsedResult.platform : this.parsePlatform();
          }),
          (e.getPlatformType = function (s) {
            s === void 0 && (s = !1);
            var o = this.getPlatform().type;
            return s ? String(o).toLowerCase() || '' : o || '';
          }),
          (e.parsePlatform = function () {
            this.parsedResult.platform = {};
            var o = S.find(yB, (n) => {
              if (typeof n.test == 'function') return n.test(this);
              if (Array.isArray(n.test)) return n.test.some((i) => this.test(i));
              throw new Error("Browser's test function is not valid");
            });
            return (o && (this.parsedResult.platform = o.describe(this.getUA())), this.parsedResult.platform);
          }),
          (e.getEngine = function () {
            return this.parsedResult.engine ? this.parsedResult.engine : this.parseEngine();
          }),
          (e.getEngineName = function (s) {
            return s ? String(this.getEngine().name).toLowerCase() || '' : this.getEngine().name || '';
          }),
          (e.parseEngine = function () {
            this.parsedResult.engine = {};
            var o = S.find(SB, (n) => {
              if (typeof n.test == 'function') return n.test(this);
              if (Array.isArray(n.test)) return n.test.some((i) => this.test(i));
              throw new Error("Browser's test function is not valid");
            });
            return (o && (this.parsedResult.engine = o.describe(this.getUA())), this.parsedResult.engine);
          }),
          (e.parse = function () {
            return (this.parseBrowser(), this.parseOS(), this.parsePlatform(), this.parseEngine(), this);
          }),
          (e.getResult = function () {
            return S.assign({}, this.parsedResult);
          }),
          (e.satisfies = function (s) {
            var n = {},
              i = 0,
              a = {},
              c = 0;
            if (
              (Object.keys(s).forEach((g) => {
                var w = s[g];
                typeof w == 'string' || Array.isArray(w)
                  ? ((a[g] = w), (c += 1))
                  : typeof w == 'object' && ((n[g] = w), (i += 1));
              }),
              i > 0)
            ) {
              var u = Object.keys(n),
                l = S.find(u, (g) => this.isOS(g));
              if (l) {
                var f = this.satisfies(n[l]);
                if (f !== void 0) return f;
              }
              var m = S.find(u, (g) => this.isPlatform(g));
              if (m) {
                var p = this.satisfies(n[m]);
                if (p !== void 0) return p;
              }
            }
            if (c > 0) {
              var h = Object.keys(a),
                y = S.find(h, (g) => this.isBrowser(g, !0));
              if (y !== void 0) return this.compareVersions(a[y]);
            }
          }),
          (e.isBrowser = function (s, o) {
            o === void 0 && (o = !1);
            var n = this.getBrowserName().toLowerCase(),
              i = s.toLowerCase(),
              a = S.getBrowserTypeByAlias(i);
            return (o && a && (i = a.toLowerCase()), i === n);
          }),
          (e.compareVersions = function (s) {
            return typeof s == 'string' ? this.compareVersion(s) : s.some((n) => this.compareVersion(n));
          }),
          (e.compareVersion = function (s) {
            var o = [0],
              n = s,
              i = !1,
              a = this.getBrowserVersion();
            if (typeof a == 'string')
              return (
                s[0] === '>' || s[0] === '<'
                  ? ((n = s.substr(1)),
                    s[1] === '=' ? ((i = !0), (n = s.substr(2))) : (o = []),
                    s[0] === '>' ? o.push(1) : o.push(-1))
                  : s[0] === '='
                    ? (n = s.substr(1))
                    : s[0] === '~' && ((i = !0), (n = s.substr(1))),
                o.indexOf(S.compareVersions(a, n, i)) > -1
              );
          }),
          (e.isOS = function (s) {
            return this.getOSName(!0) === String(s).toLowerCase();
          }),
          (e.isPlatform = function (s) {
            return this.getPlatformType(!0) === String(s).toLowerCase();
          }),
          (e.isEngine = function (s) {
            return this.getEngineName(!0) === String(s).toLowerCase();
          }),
          (e.is = function (s, o) {
            return (o === void 0 && (o = !1), this.isBrowser(s, o) || this.isOS(s) || this.isPlatform(s));
          }),
          (e.some = function (s) {
            return (s === void 0 && (s = []), s.some((n) => this.is(n)));
          }),
          t
        );
      })());
    (Jg = (() => {
      function t() {}
      return (
        (t.getParser = (r, s, o) => {
          if ((s === void 0 && (s = !1), o === void 0 && (o = null), typeof r != 'string'))
            throw new Error('UserAgent should be a string');
          return new OR(r, s, o);
        }),
        (t.parse = (r, s) => (s === void 0 && (s = null), new OR(r, s).getResult())),
        EB(t, null, [
          { key: 'BROWSER_MAP', get: () => Qg },
          { key: 'ENGINE_MAP', get: () => ur },
          { key: 'OS_MAP', get: () => Xe },
          { key: 'PLATFORMS_MAP', get: () => N },
        ])
      );
    })()),
      (xB = Jg.parse),
      (_B = Jg.getParser);
  });
var DR,
  $R = d(() => {
    DR =
      ({ serviceId: t, clientVersion: e }) =>
      async (r) => {
        const s = await Promise.resolve().then(() => (kR(), PR)),
          o = s.parse ?? s.default.parse ?? (() => ''),
          n = typeof window < 'u' && window?.navigator?.userAgent ? o(window.navigator.userAgent) : void 0,
          i = [
            ['aws-sdk-js', e],
            ['ua', '2.1'],
            [`os/${n?.os?.name || 'other'}`, n?.os?.version],
            ['lang/js'],
            ['md/browser', `${n?.browser?.name ?? 'unknown'}_${n?.browser?.version ?? 'unknown'}`],
          ];
        t && i.push([`api/${t}`, e]);
        const a = await r?.userAgentAppId?.();
        return (a && i.push([`app/${a}`]), i);
      };
  });
var LR,
  BR = d(() => {
    LR = {
      os(t) {
        if (/iPhone|iPad|iPod/.test(t)) return 'iOS';
        if (/Macintosh|Mac OS X/.test(t)) return 'macOS';
        if (/Windows NT/.test(t)) return 'Windows';
        if (/Android/.test(t)) return 'Android';
        if (/Linux/.test(t)) return 'Linux';
      },
      browser(t) {
        if (/EdgiOS|EdgA|Edg\//.test(t)) return 'Microsoft Edge';
        if (/Firefox\//.test(t)) return 'Firefox';
        if (/Chrome\//.test(t)) return 'Chrome';
        if (/Safari\//.test(t)) return 'Safari';
      },
    };
  });
var Xg = d(() => {
  me();
});
var da,
  Yg = d(() => {
    me();
    Xg();
    da = (t, e = !1) => {
      if (e) {
        for (const r of t.split('.')) if (!da(r)) return !1;
        return !0;
      }
      return !(!Yt(t) || t.length < 3 || t.length > 63 || t !== t.toLowerCase() || us(t));
    };
  });
var $d,
  Zg = d(() => {
    $d = (t) => {
      const e = t.split(':');
      if (e.length < 6) return null;
      const [r, s, o, n, i, ...a] = e;
      if (r !== 'arn' || s === '' || o === '' || a.join(':') === '') return null;
      const c = a.flatMap((u) => u.split('/'));
      return { partition: s, service: o, region: n, accountId: i, resourceId: c };
    };
  });
var dr,
  FR = d(() => {
    me();
    Yg();
    Zg();
    yd();
    dr = { isVirtualHostableS3Bucket: da, parseArn: $d, partition: hd };
    ht.aws = dr;
  });
var UR = d(() => {
  me();
});
var HR,
  ey,
  zR = d(() => {
    D();
    (HR = (t) => {
      if (typeof t.endpointProvider != 'function')
        throw new Error(
          '@aws-sdk/util-endpoint - endpointProvider and endpoint missing in config for this client.',
        );
      const { endpoint: e } = t;
      return (
        e === void 0 &&
          (t.endpoint = async () =>
            ey(
              t.endpointProvider(
                {
                  Region: typeof t.region == 'function' ? await t.region() : t.region,
                  UseDualStack:
                    typeof t.useDualstackEndpoint == 'function'
                      ? await t.useDualstackEndpoint()
                      : t.useDualstackEndpoint,
                  UseFIPS:
                    typeof t.useFipsEndpoint == 'function' ? await t.useFipsEndpoint() : t.useFipsEndpoint,
                  Endpoint: void 0,
                },
                { logger: t.logger },
              ),
            )),
        t
      );
    }),
      (ey = (t) => We(t.url));
  });
var VR = d(() => {
  me();
});
var qR = d(() => {
  ne();
  ne();
});
function Ld(t = {}) {
  return B(
    {
      ...Ge,
      async default() {
        return (
          ty.silence ||
            console.warn(
              '@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credential-providers README and set a region explicitly.',
            ),
          'us-east-1'
        );
      },
    },
    { ...dt, ...t },
  );
}
var ty,
  jR = d(() => {
    ne();
    ty = { silence: !1 };
  });
var Zr,
  es,
  WR = d(() => {
    (Zr = (t) => ({
      setRegion(e) {
        t.region = e;
      },
      region() {
        return t.region;
      },
    })),
      (es = (t) => ({ region: t.region() }));
  });
var ts = {};
Le(ts, {
  DEFAULT_UA_APP_ID: () => sa,
  EndpointError: () => K,
  NODE_APP_ID_CONFIG_OPTIONS: () => Yr,
  NODE_REGION_CONFIG_FILE_OPTIONS: () => dt,
  NODE_REGION_CONFIG_OPTIONS: () => Ge,
  REGION_ENV_NAME: () => hn,
  REGION_INI_NAME: () => gn,
  UA_APP_ID_ENV_NAME: () => Gg,
  UA_APP_ID_INI_NAME: () => Kg,
  awsEndpointFunctions: () => dr,
  createDefaultUserAgentProvider: () => cr,
  createUserAgentStringParsingProvider: () => DR,
  crtAvailability: () => ua,
  defaultUserAgent: () => CR,
  emitWarningIfUnsupportedVersion: () => wr,
  fallback: () => LR,
  getAwsRegionExtensionConfiguration: () => Zr,
  getDefaultSocketTimeout: () => br,
  getHostHeaderPlugin: () => Vr,
  getLoggerPlugin: () => qr,
  getLongPollPlugin: () => XE,
  getRecursionDetectionPlugin: () => jr,
  getUserAgentMiddlewareOptions: () => qg,
  getUserAgentPlugin: () => Xr,
  getUserAgentPrefix: () => gd,
  hostHeaderMiddleware: () => sg,
  hostHeaderMiddlewareOptions: () => og,
  isIpAddress: () => us,
  isVirtualHostableS3Bucket: () => da,
  loggerMiddleware: () => ng,
  loggerMiddlewareOptions: () => ig,
  parseArn: () => $d,
  partition: () => hd,
  recursionDetectionMiddleware: () => ud,
  recursionDetectionMiddlewareOptions: () => ad,
  resolveAwsRegionExtensionConfiguration: () => es,
  resolveDefaultAwsRegionalEndpointsConfig: () => HR,
  resolveEndpoint: () => Gi,
  resolveHostHeaderConfig: () => Vn,
  resolveRegionConfig: () => Nt,
  resolveUserAgentConfig: () => Wr,
  setCredentialFeature: () => xs,
  setFeature: () => $t,
  setPartitionInfo: () => wg,
  setTokenFeature: () => ew,
  state: () => Ei,
  stsRegionDefaultResolver: () => Ld,
  stsRegionWarning: () => ty,
  toEndpointV1: () => ey,
  useDefaultPartitionInfo: () => VT,
  userAgentMiddleware: () => Vg,
});
var ie = d(() => {
  JE();
  YE();
  ZE();
  Em();
  tw();
  rw();
  pT();
  hT();
  ag();
  ET();
  mg();
  Sg();
  xR();
  IR();
  NR();
  BR();
  $R();
  FR();
  UR();
  zR();
  Xg();
  Yg();
  Zg();
  yd();
  VR();
  qR();
  jR();
  WR();
});
var tv = $e((Et) => {
  var { NoOpLogger: AB } = (P(), O(Hi)),
    { toUint8Array: ry, toHex: sy } = (M(), O(Ao)),
    TB = (t) => Object.assign(t, { useQueueUrlAsEndpoint: t.useQueueUrlAsEndpoint ?? !0 });
  function GR({ useQueueUrlAsEndpoint: t, endpoint: e }) {
    return (r, s) => async (o) => {
      const { input: n } = o,
        i = s.endpointV2;
      if (!e && n.QueueUrl && i && t) {
        const a = s.logger instanceof AB || !s.logger?.warn ? console : s.logger;
        try {
          const c = new URL(n.QueueUrl),
            u = new URL(c.origin);
          i.url.origin !== u.origin &&
            (a.warn(`QueueUrl=${n.QueueUrl} differs from SQSClient resolved endpoint=${i.url.toString()}, using QueueUrl host as endpoint.
Set [endpoint=string] or [useQueueUrlAsEndpoint=false] on the SQSClient.`),
            (s.endpointV2 = { ...i, url: u }));
        } catch (c) {
          a.warn(c);
        }
      }
      return r(o);
    };
  }
  var KR = {
      name: 'queueUrlMiddleware',
      relation: 'after',
      toMiddleware: 'endpointV2Middleware',
      override: !0,
    },
    RB = (t) => ({
      applyToStack: (e) => {
        e.addRelativeTo(GR(t), KR);
      },
    });
  function QR(t) {
    return (e) => async (r) => {
      const s = await e({ ...r });
      if (t.md5 === !1) return s;
      const o = s.output,
        n = [];
      if (o.Messages !== void 0)
        for (const i of o.Messages) {
          const a = i.MD5OfBody,
            c = new t.md5();
          c.update(ry(i.Body || '')), a !== sy(await c.digest()) && n.push(i.MessageId);
        }
      if (n.length > 0) throw new Error('Invalid MD5 checksum on messages: ' + n.join(', '));
      return s;
    };
  }
  var JR = {
      step: 'initialize',
      tags: ['VALIDATE_BODY_MD5'],
      name: 'receiveMessageMiddleware',
      override: !0,
    },
    vB = (t) => ({
      applyToStack: (e) => {
        e.add(QR(t), JR);
      },
    }),
    XR = (t) => (e) => async (r) => {
      const s = await e({ ...r });
      if (t.md5 === !1) return s;
      const o = s.output,
        n = new t.md5();
      if ((n.update(ry(r.input.MessageBody || '')), o.MD5OfMessageBody !== sy(await n.digest())))
        throw new Error('InvalidChecksumError');
      return s;
    },
    YR = { step: 'initialize', tags: ['VALIDATE_BODY_MD5'], name: 'sendMessageMiddleware', override: !0 },
    CB = (t) => ({
      applyToStack: (e) => {
        e.add(XR(t), YR);
      },
    }),
    ZR = (t) => (e) => async (r) => {
      const s = await e({ ...r });
      if (t.md5 === !1) return s;
      const o = s.output,
        n = [],
        i = {};
      if (o.Successful !== void 0) for (const a of o.Successful) a.Id !== void 0 && (i[a.Id] = a);
      for (const a of r.input.Entries)
        if (i[a.Id]) {
          const c = i[a.Id].MD5OfMessageBody,
            u = new t.md5();
          u.update(ry(a.MessageBody || '')), c !== sy(await u.digest()) && n.push(i[a.Id].MessageId);
        }
      if (n.length > 0) throw new Error('Invalid MD5 checksum on messages: ' + n.join(', '));
      return s;
    },
    ev = {
      step: 'initialize',
      tags: ['VALIDATE_BODY_MD5'],
      name: 'sendMessageBatchMiddleware',
      override: !0,
    },
    IB = (t) => ({
      applyToStack: (e) => {
        e.add(ZR(t), ev);
      },
    });
  Et.getQueueUrlPlugin = RB;
  Et.getReceiveMessagePlugin = vB;
  Et.getSendMessageBatchPlugin = IB;
  Et.getSendMessagePlugin = CB;
  Et.queueUrlMiddleware = GR;
  Et.queueUrlMiddlewareOptions = KR;
  Et.receiveMessageMiddleware = QR;
  Et.receiveMessageMiddlewareOptions = JR;
  Et.resolveQueueUrlConfig = TB;
  Et.sendMessageBatchMiddleware = ZR;
  Et.sendMessageBatchMiddlewareOptions = ev;
  Et.sendMessageMiddleware = XR;
  Et.sendMessageMiddlewareOptions = YR;
});
var Bd,
  Fd,
  rv = d(() => {
    D();
    (Bd = (t) => (Be.isInstance(t) ? (t.headers?.date ?? t.headers?.Date) : void 0)),
      (Fd = (t) => (Be.isInstance(t) ? (t.headers?.age ?? t.headers?.Age) : void 0));
  });
var la,
  sv = d(() => {
    la = (t) => new Date(Date.now() + t);
  });
var Ud,
  ov = d(() => {
    Ud = (t, e, r, s) => {
      if (s !== void 0) return e;
      const o = Date.parse(t);
      if (Number.isNaN(o)) return e;
      const n = Date.now();
      return r !== void 0 && n - r > 9e5 ? e : o - n;
    };
  });
var oy = d(() => {
  rv();
  sv();
  ov();
});
var nv,
  fa,
  NB,
  Yn,
  ze,
  ny,
  iy = d(() => {
    D();
    nv = we(Lt());
    oy();
    (fa = (t, e) => {
      if (!e) throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);
      return e;
    }),
      (NB = (t) => t.context?.[nv.SMITHY_CONTEXT_KEY]?.eventStream?.output === !0),
      (Yn = async (t) => {
        const e = fa('context', t.context),
          r = fa('config', t.config),
          s = e.endpointV2?.properties?.authSchemes?.[0],
          n = await fa('signer', r.signer)(s),
          i = t?.signingRegion,
          a = t?.signingRegionSet,
          c = t?.signingName;
        return { config: r, signer: n, signingRegion: i, signingRegionSet: a, signingName: c };
      }),
      (ze = class {
        async sign(e, r, s) {
          if (!H.isInstance(e))
            throw new Error('The request is not an instance of `HttpRequest` and cannot be signed');
          let o = await Yn(s),
            { config: n, signer: i } = o,
            { signingRegion: a, signingName: c } = o,
            u = s.context;
          if (u?.authSchemes?.length ?? !1) {
            const [p, h] = u.authSchemes;
            p?.name === 'sigv4a' &&
              h?.name === 'sigv4' &&
              ((a = h?.signingRegion ?? a), (c = h?.signingName ?? c));
          }
          const l = (await n.disableClockSkewCorrection?.()) === !0;
          s._disableClockSkewCorrection = l;
          const f = l || NB(s);
          return (
            (s._skipClockSkewSampling = f),
            f || ((s._preRequestSystemClockOffset = n.systemClockOffset), (s._requestSentAt = Date.now())),
            await i.sign(e, {
              signingDate: l ? new Date() : la(n.systemClockOffset),
              signingRegion: a,
              signingService: c,
            })
          );
        }
        errorHandler(e) {
          return (r) => {
            const s = r;
            if (!e._skipClockSkewSampling && !e._disableClockSkewCorrection) {
              const o = s.ServerTime ?? Bd(s.$response);
              if (o) {
                const n = fa('config', e.config),
                  i = e._preRequestSystemClockOffset,
                  a = e._requestSentAt,
                  c = Fd(s.$response),
                  u = Ud(o, n.systemClockOffset, a, c);
                (n.systemClockOffset = u),
                  Math.abs(u) >= 24e4 &&
                    (u !== i || (i !== void 0 && i !== u)) &&
                    s.$metadata &&
                    (s.$metadata.clockSkewCorrected = !0);
              }
            }
            throw r;
          };
        }
        successHandler(e, r) {
          if (r._skipClockSkewSampling || r._disableClockSkewCorrection) return;
          const s = Bd(e);
          if (s) {
            const o = fa('config', r.config),
              n = r._requestSentAt,
              i = Fd(e);
            o.systemClockOffset = Ud(s, o.systemClockOffset, n, i);
          }
        }
      }),
      (ny = ze);
  });
var ys,
  iv = d(() => {
    D();
    oy();
    iy();
    ys = class extends ze {
      async sign(e, r, s) {
        if (!H.isInstance(e))
          throw new Error('The request is not an instance of `HttpRequest` and cannot be signed');
        const { config: o, signer: n, signingRegion: i, signingRegionSet: a, signingName: c } = await Yn(s),
          l = ((await o.sigv4aSigningRegionSet?.()) ?? a ?? [i]).join(','),
          f = (await o.disableClockSkewCorrection?.()) === !0;
        return (
          (s._disableClockSkewCorrection = f),
          f || ((s._preRequestSystemClockOffset = o.systemClockOffset), (s._requestSentAt = Date.now())),
          await n.sign(e, {
            signingDate: f ? new Date() : la(o.systemClockOffset),
            signingRegion: l,
            signingService: c,
          })
        );
      }
    };
  });
var ay,
  av = d(() => {
    ay = (t) => (typeof t == 'string' && t.length > 0 ? t.split(',').map((e) => e.trim()) : []);
  });
var Hd,
  cy = d(() => {
    Hd = (t) => `AWS_BEARER_TOKEN_${t.replace(/[\s-]/g, '_').toUpperCase()}`;
  });
var cv,
  uv,
  lr,
  dv = d(() => {
    av();
    cy();
    (cv = 'AWS_AUTH_SCHEME_PREFERENCE'),
      (uv = 'auth_scheme_preference'),
      (lr = {
        environmentVariableSelector: (t, e) => {
          if (e?.signingName && Hd(e.signingName) in t) return ['httpBearerAuth'];
          if (cv in t) return ay(t[cv]);
        },
        configFileSelector: (t) => {
          if (uv in t) return ay(t[uv]);
        },
        default: [],
      });
  });
var ma,
  pa,
  lv = d(() => {
    St();
    ne();
    (ma = (t) => ((t.sigv4aSigningRegionSet = jt(t.sigv4aSigningRegionSet)), t)),
      (pa = {
        environmentVariableSelector(t) {
          if (t.AWS_SIGV4A_SIGNING_REGION_SET)
            return t.AWS_SIGV4A_SIGNING_REGION_SET.split(',').map((e) => e.trim());
          throw new Ct('AWS_SIGV4A_SIGNING_REGION_SET not set in env.', { tryNextLink: !0 });
        },
        configFileSelector(t) {
          if (t.sigv4a_signing_region_set)
            return (t.sigv4a_signing_region_set ?? '').split(',').map((e) => e.trim());
          throw new Ct('sigv4a_signing_region_set not set in profile.', { tryNextLink: !0 });
        },
        default: void 0,
      });
  });
var wy = $e((U) => {
  var {
      hasOwn: ko,
      fromUtf8: fv,
      fromHex: OB,
      toHex: Po,
      toUint8Array: ha,
      writeKey: MB,
      isArrayBuffer: PB,
    } = (M(), O(Ao)),
    { normalizeProvider: mv } = (P(), O(Hi)),
    { escapeUri: zd, HttpRequest: yv } = (D(), O(No)),
    uy = class {
      format(e) {
        const r = [];
        for (const n in e) {
          if (!ko(e, n)) continue;
          const i = fv(n);
          r.push(Uint8Array.from([i.byteLength]), i, this.formatHeaderValue(e[n]));
        }
        let s = new Uint8Array(r.reduce((n, i) => n + i.byteLength, 0)),
          o = 0;
        for (const n of r) s.set(n, o), (o += n.byteLength);
        return s;
      }
      formatHeaderValue(e) {
        switch (e.type) {
          case 'boolean':
            return Uint8Array.from([e.value ? 0 : 1]);
          case 'byte':
            return Uint8Array.from([2, e.value]);
          case 'short': {
            const r = new DataView(new ArrayBuffer(3));
            return (r.setUint8(0, 3), r.setInt16(1, e.value, !1), new Uint8Array(r.buffer));
          }
          case 'integer': {
            const s = new DataView(new ArrayBuffer(5));
            return (s.setUint8(0, 4), s.setInt32(1, e.value, !1), new Uint8Array(s.buffer));
          }
          case 'long': {
            const o = new Uint8Array(9);
            return ((o[0] = 5), o.set(e.value.bytes, 1), o);
          }
          case 'binary': {
            const n = new DataView(new ArrayBuffer(3 + e.value.byteLength));
            n.setUint8(0, 6), n.setUint16(1, e.value.byteLength, !1);
            const i = new Uint8Array(n.buffer);
            return (i.set(e.value, 3), i);
          }
          case 'string': {
            const a = fv(e.value),
              c = new DataView(new ArrayBuffer(3 + a.byteLength));
            c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1);
            const u = new Uint8Array(c.buffer);
            return (u.set(a, 3), u);
          }
          case 'timestamp': {
            const l = new Uint8Array(9);
            return ((l[0] = 8), l.set(dy.fromNumber(e.value.valueOf()).bytes, 1), l);
          }
          case 'uuid': {
            if (!kB.test(e.value)) throw new Error(`Invalid UUID received: ${e.value}`);
            const f = new Uint8Array(17);
            return ((f[0] = 9), f.set(OB(e.value.replace(/-/g, '')), 1), f);
          }
        }
      }
    },
    pv;
  ((t) => {
    (t[(t.boolTrue = 0)] = 'boolTrue'),
      (t[(t.boolFalse = 1)] = 'boolFalse'),
      (t[(t.byte = 2)] = 'byte'),
      (t[(t.short = 3)] = 'short'),
      (t[(t.integer = 4)] = 'integer'),
      (t[(t.long = 5)] = 'long'),
      (t[(t.byteArray = 6)] = 'byteArray'),
      (t[(t.string = 7)] = 'string'),
      (t[(t.timestamp = 8)] = 'timestamp'),
      (t[(t.uuid = 9)] = 'uuid');
  })(pv || (pv = {}));
  var kB = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,
    dy = class t {
      bytes;
      constructor(e) {
        if (((this.bytes = e), e.byteLength !== 8)) throw new Error('Int64 buffers must be exactly 8 bytes');
      }
      static fromNumber(e) {
        if (e > 9223372036854776e3 || e < -9223372036854776e3)
          throw new Error(`${e} is too large (or, if negative, too small) to represent as an Int64`);
        const r = new Uint8Array(8);
        for (let s = 7, o = Math.abs(Math.round(e)); s > -1 && o > 0; s--, o /= 256) r[s] = o;
        return (e < 0 && hv(r), new t(r));
      }
      valueOf() {
        const e = this.bytes.slice(0),
          r = e[0] & 128;
        return (r && hv(e), parseInt(Po(e), 16) * (r ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  function hv(t) {
    for (let e = 0; e < 8; e++) t[e] ^= 255;
    for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
  }
  var Sv = 'X-Amz-Algorithm',
    Ev = 'X-Amz-Credential',
    py = 'X-Amz-Date',
    wv = 'X-Amz-SignedHeaders',
    bv = 'X-Amz-Expires',
    hy = 'X-Amz-Signature',
    gy = 'X-Amz-Security-Token',
    DB = 'X-Amz-Region-Set',
    yy = 'authorization',
    Sy = py.toLowerCase(),
    xv = 'date',
    _v = [yy, Sy, xv],
    Av = hy.toLowerCase(),
    Gd = 'x-amz-content-sha256',
    Tv = gy.toLowerCase(),
    $B = 'host',
    Rv = {
      authorization: !0,
      'cache-control': !0,
      connection: !0,
      expect: !0,
      from: !0,
      'keep-alive': !0,
      'max-forwards': !0,
      pragma: !0,
      referer: !0,
      te: !0,
      trailer: !0,
      'transfer-encoding': !0,
      upgrade: !0,
      'user-agent': !0,
      'x-amzn-trace-id': !0,
    },
    vv = /^proxy-/,
    Cv = /^sec-/,
    LB = [/^proxy-/i, /^sec-/i],
    Vd = 'AWS4-HMAC-SHA256',
    BB = 'AWS4-ECDSA-P256-SHA256',
    Iv = 'AWS4-HMAC-SHA256-PAYLOAD',
    Nv = 'UNSIGNED-PAYLOAD',
    Ov = 50,
    Ey = 'aws4_request',
    Mv = 3600 * 24 * 7,
    Pv = ({ query: t = {} }) => {
      const e = [],
        r = {};
      for (const s in t) {
        if (!ko(t, s) || s.toLowerCase() === Av) continue;
        const o = zd(s);
        e.push(o);
        const n = t[s];
        typeof n == 'string'
          ? (r[o] = `${o}=${zd(n)}`)
          : Array.isArray(n) &&
            (r[o] = n
              .slice(0)
              .reduce((i, a) => i.concat([`${o}=${zd(a)}`]), [])
              .sort()
              .join('&'));
      }
      return e
        .sort()
        .map((s) => r[s])
        .filter((s) => s)
        .join('&');
    },
    FB = (t) =>
      UB(t)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
    UB = (t) =>
      typeof t == 'number'
        ? new Date(t * 1e3)
        : typeof t == 'string'
          ? Number(t)
            ? new Date(Number(t) * 1e3)
            : new Date(t)
          : t,
    Kd = class {
      service;
      regionProvider;
      credentialProvider;
      sha256;
      uriEscapePath;
      applyChecksum;
      constructor({
        applyChecksum: e,
        credentials: r,
        region: s,
        service: o,
        sha256: n,
        uriEscapePath: i = !0,
      }) {
        (this.service = o),
          (this.sha256 = n),
          (this.uriEscapePath = i),
          (this.applyChecksum = typeof e == 'boolean' ? e : !0),
          (this.regionProvider = mv(s)),
          (this.credentialProvider = mv(r));
      }
      createCanonicalRequest(e, r, s) {
        const o = Object.keys(r).sort();
        return `${e.method}
${this.getCanonicalPath(e)}
${Pv(e)}
${o
  .map((n) => `${n}:${r[n]}`)
  .join(`
`)}

${o.join(';')}
${s}`;
      }
      async createStringToSign(e, r, s, o) {
        const n = new this.sha256();
        n.update(ha(s));
        const i = await n.digest();
        return `${o}
${e}
${r}
${Po(i)}`;
      }
      getCanonicalPath({ path: e }) {
        if (this.uriEscapePath) {
          const r = [];
          for (const n of e.split('/')) n?.length !== 0 && n !== '.' && (n === '..' ? r.pop() : r.push(n));
          const s = `${e?.startsWith('/') ? '/' : ''}${r.join('/')}${r.length > 0 && e?.endsWith('/') ? '/' : ''}`;
          return zd(s).replace(/%2F/g, '/');
        }
        return e;
      }
      validateResolvedCredentials(e) {
        if (typeof e != 'object' || typeof e.accessKeyId != 'string' || typeof e.secretAccessKey != 'string')
          throw new Error('Resolved credential object is not valid');
      }
      formatDate(e) {
        const r = FB(e).replace(/[-:]/g, '');
        return { longDate: r, shortDate: r.slice(0, 8) };
      }
      getCanonicalHeaderList(e) {
        return Object.keys(e).sort().join(';');
      }
    },
    Zn = {},
    qd = [],
    jd = (t, e, r) => `${t}/${e}/${r}/${Ey}`,
    kv = async (t, e, r, s, o) => {
      const n = await gv(t, e.secretAccessKey, e.accessKeyId),
        i = `${r}:${s}:${o}:${Po(n)}:${e.sessionToken}`;
      if (i in Zn) return Zn[i];
      for (qd.push(i); qd.length > Ov; ) delete Zn[qd.shift()];
      let a = `AWS4${e.secretAccessKey}`;
      for (const c of [r, s, o, Ey]) a = await gv(t, a, c);
      return (Zn[i] = a);
    },
    HB = () => {
      (qd.length = 0),
        Object.keys(Zn).forEach((t) => {
          delete Zn[t];
        });
    },
    gv = (t, e, r) => {
      const s = new t(e);
      return (s.update(ha(r)), s.digest());
    },
    ly = ({ headers: t }, e, r) => {
      const s = {};
      for (const o of Object.keys(t).sort()) {
        if (t[o] == null) continue;
        const n = o.toLowerCase();
        ((ko(Rv, n) || e?.has(n) || vv.test(n) || Cv.test(n)) && (!r || (r && !r.has(n)))) ||
          (n === '__proto__' && MB(s),
          (s[n] = t[o]
            .replace(/[\r\n]/g, ' ')
            .replace(/[ \t]+/g, ' ')
            .replace(/^ | $/g, '')));
      }
      return s;
    },
    Wd = async ({ headers: t, body: e }, r) => {
      for (const s in t) if (ko(t, s) && s.toLowerCase() === Gd) return t[s];
      if (e == null) return 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
      if (typeof e == 'string' || ArrayBuffer.isView(e) || PB(e)) {
        const s = new r();
        return (s.update(ha(e)), Po(await s.digest()));
      }
      return Nv;
    },
    Dv = (t, e) => {
      t = t.toLowerCase();
      for (const r in e) if (ko(e, r) && t === r.toLowerCase()) return !0;
      return !1;
    },
    $v = (t, e = {}) => {
      const { headers: r, query: s = {} } = yv.clone(t);
      for (const o in r) {
        if (!ko(r, o)) continue;
        const n = o.toLowerCase();
        ((n.slice(0, 6) === 'x-amz-' && !e.unhoistableHeaders?.has(n)) || e.hoistableHeaders?.has(n)) &&
          ((s[o] = r[o]), delete r[o]);
      }
      return { ...t, headers: r, query: s };
    },
    fy = (t) => {
      t = yv.clone(t);
      for (const e in t.headers) ko(t.headers, e) && _v.indexOf(e.toLowerCase()) > -1 && delete t.headers[e];
      return t;
    },
    my = class extends Kd {
      headerFormatter = new uy();
      constructor({
        applyChecksum: e,
        credentials: r,
        region: s,
        service: o,
        sha256: n,
        uriEscapePath: i = !0,
      }) {
        super({ applyChecksum: e, credentials: r, region: s, service: o, sha256: n, uriEscapePath: i });
      }
      async presign(e, r = {}) {
        const {
            signingDate: s = new Date(),
            expiresIn: o = 3600,
            unsignableHeaders: n,
            unhoistableHeaders: i,
            signableHeaders: a,
            hoistableHeaders: c,
            signingRegion: u,
            signingService: l,
          } = r,
          f = await this.credentialProvider();
        this.validateResolvedCredentials(f);
        const m = u ?? (await this.regionProvider()),
          { longDate: p, shortDate: h } = this.formatDate(s);
        if (o > Mv)
          return Promise.reject(
            'Signature version 4 presigned URLs must have an expiration date less than one week in the future',
          );
        const y = jd(h, m, l ?? this.service),
          g = $v(fy(e), { unhoistableHeaders: i, hoistableHeaders: c });
        f.sessionToken && (g.query[gy] = f.sessionToken),
          (g.query[Sv] = Vd),
          (g.query[Ev] = `${f.accessKeyId}/${y}`),
          (g.query[py] = p),
          (g.query[bv] = o.toString(10));
        const w = ly(g, n, a);
        return (
          (g.query[wv] = this.getCanonicalHeaderList(w)),
          (g.query[hy] = await this.getSignature(
            p,
            y,
            this.getSigningKey(f, m, h, l),
            this.createCanonicalRequest(g, w, await Wd(e, this.sha256)),
          )),
          g
        );
      }
      async sign(e, r) {
        return typeof e == 'string'
          ? this.signString(e, r)
          : e.headers && e.payload
            ? this.signEvent(e, r)
            : e.message
              ? this.signMessage(e, r)
              : this.signRequest(e, r);
      }
      async signEvent(
        { headers: e, payload: r },
        {
          signingDate: s = new Date(),
          priorSignature: o,
          signingRegion: n,
          signingService: i,
          eventStreamCredentials: a,
        },
      ) {
        const c = n ?? (await this.regionProvider()),
          { shortDate: u, longDate: l } = this.formatDate(s),
          f = jd(u, c, i ?? this.service),
          m = await Wd({ headers: {}, body: r }, this.sha256),
          p = new this.sha256();
        p.update(e);
        const h = Po(await p.digest()),
          y = [Iv, l, f, o, h, m].join(`
`);
        return this.signString(y, {
          signingDate: s,
          signingRegion: c,
          signingService: i,
          eventStreamCredentials: a,
        });
      }
      async signMessage(
        e,
        { signingDate: r = new Date(), signingRegion: s, signingService: o, eventStreamCredentials: n },
      ) {
        return this.signEvent(
          { headers: this.headerFormatter.format(e.message.headers), payload: e.message.body },
          {
            signingDate: r,
            signingRegion: s,
            signingService: o,
            priorSignature: e.priorSignature,
            eventStreamCredentials: n,
          },
        ).then((a) => ({ message: e.message, signature: a }));
      }
      async signString(
        e,
        { signingDate: r = new Date(), signingRegion: s, signingService: o, eventStreamCredentials: n } = {},
      ) {
        const i = n ?? (await this.credentialProvider());
        this.validateResolvedCredentials(i);
        const a = s ?? (await this.regionProvider()),
          { shortDate: c } = this.formatDate(r),
          u = new this.sha256(await this.getSigningKey(i, a, c, o));
        return (u.update(ha(e)), Po(await u.digest()));
      }
      async signRequest(
        e,
        {
          signingDate: r = new Date(),
          signableHeaders: s,
          unsignableHeaders: o,
          signingRegion: n,
          signingService: i,
        } = {},
      ) {
        const a = await this.credentialProvider();
        this.validateResolvedCredentials(a);
        const c = n ?? (await this.regionProvider()),
          u = fy(e),
          { longDate: l, shortDate: f } = this.formatDate(r),
          m = jd(f, c, i ?? this.service);
        (u.headers[Sy] = l), a.sessionToken && (u.headers[Tv] = a.sessionToken);
        const p = await Wd(u, this.sha256);
        !Dv(Gd, u.headers) && this.applyChecksum && (u.headers[Gd] = p);
        const h = ly(u, o, s),
          y = await this.getSignature(
            l,
            m,
            this.getSigningKey(a, c, f, i),
            this.createCanonicalRequest(u, h, p),
          );
        return (
          (u.headers[yy] =
            `${Vd} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(h)}, Signature=${y}`),
          u
        );
      }
      async getSignature(e, r, s, o) {
        const n = await this.createStringToSign(e, r, o, Vd),
          i = new this.sha256(await s);
        return (i.update(ha(n)), Po(await i.digest()));
      }
      getSigningKey(e, r, s, o) {
        return kv(this.sha256, e, s, r, o || this.service);
      }
    },
    zB = { SignatureV4a: null };
  U.ALGORITHM_IDENTIFIER = Vd;
  U.ALGORITHM_IDENTIFIER_V4A = BB;
  U.ALGORITHM_QUERY_PARAM = Sv;
  U.ALWAYS_UNSIGNABLE_HEADERS = Rv;
  U.AMZ_DATE_HEADER = Sy;
  U.AMZ_DATE_QUERY_PARAM = py;
  U.AUTH_HEADER = yy;
  U.CREDENTIAL_QUERY_PARAM = Ev;
  U.DATE_HEADER = xv;
  U.EVENT_ALGORITHM_IDENTIFIER = Iv;
  U.EXPIRES_QUERY_PARAM = bv;
  U.GENERATED_HEADERS = _v;
  U.HOST_HEADER = $B;
  U.KEY_TYPE_IDENTIFIER = Ey;
  U.MAX_CACHE_SIZE = Ov;
  U.MAX_PRESIGNED_TTL = Mv;
  U.PROXY_HEADER_PATTERN = vv;
  U.REGION_SET_PARAM = DB;
  U.SEC_HEADER_PATTERN = Cv;
  U.SHA256_HEADER = Gd;
  U.SIGNATURE_HEADER = Av;
  U.SIGNATURE_QUERY_PARAM = hy;
  U.SIGNED_HEADERS_QUERY_PARAM = wv;
  U.SignatureV4 = my;
  U.SignatureV4Base = Kd;
  U.TOKEN_HEADER = Tv;
  U.TOKEN_QUERY_PARAM = gy;
  U.UNSIGNABLE_PATTERNS = LB;
  U.UNSIGNED_PAYLOAD = Nv;
  U.clearCredentialCache = HB;
  U.createScope = jd;
  U.getCanonicalHeaders = ly;
  U.getCanonicalQuery = Pv;
  U.getPayloadHash = Wd;
  U.getSigningKey = kv;
  U.hasHeader = Dv;
  U.moveHeadersToQuery = $v;
  U.prepareRequest = fy;
  U.signatureV4aContainer = zB;
});
function VB(t, { credentials: e, credentialDefaultProvider: r }) {
  let s;
  return (
    e
      ? e?.memoized
        ? (s = e)
        : (s = ra(e, ta, Wn))
      : r
        ? (s = jt(r(Object.assign({}, t, { parentClientConfig: t }))))
        : (s = async () => {
            throw new Error(
              '@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.',
            );
          }),
    (s.memoized = !0),
    s
  );
}
function qB(t, e) {
  if (e.configBound) return e;
  const r = async (s) => e({ ...s, callerClientConfig: t });
  return ((r.memoized = e.memoized), (r.configBound = !0), r);
}
var by,
  xy,
  Lv = d(() => {
    ie();
    St();
    (by = we(wy())),
      (xy = (t) => (e) => {
        let r = e.credentials,
          s = !!e.credentials,
          o;
        Object.defineProperty(e, 'credentials', {
          set(l) {
            l && l !== r && l !== o && (s = !0), (r = l);
            const f = VB(e, { credentials: r, credentialDefaultProvider: e.credentialDefaultProvider }),
              m = qB(e, f);
            if (s && !m.attributed) {
              const p = typeof r == 'object' && r !== null;
              (o = async (h) => {
                const g = await m(h);
                return p && (!g.$source || Object.keys(g.$source).length === 0)
                  ? xs(g, 'CREDENTIALS_CODE', 'e')
                  : g;
              }),
                (o.memoized = m.memoized),
                (o.configBound = m.configBound),
                (o.attributed = !0);
            } else o = m;
          },
          get() {
            return o;
          },
          enumerable: !0,
          configurable: !0,
        }),
          (e.credentials = r);
        let { signingEscapePath: n = !0, systemClockOffset: i = e.systemClockOffset || 0, sha256: a } = e,
          c;
        return (
          e.signer
            ? (c = jt(e.signer))
            : e.regionInfoProvider
              ? (c = () =>
                  jt(e.region)()
                    .then(async (l) => [
                      (await e.regionInfoProvider(l, {
                        useFipsEndpoint: await e.useFipsEndpoint(),
                        useDualstackEndpoint: await e.useDualstackEndpoint(),
                      })) || {},
                      l,
                    ])
                    .then(([l, f]) => {
                      const { signingRegion: m, signingService: p } = l;
                      (e.signingRegion = e.signingRegion || m || f),
                        (e.signingName = e.signingName || p || e.serviceId);
                      const h = {
                          ...e,
                          credentials: e.credentials,
                          region: e.signingRegion,
                          service: e.signingName,
                          sha256: a,
                          uriEscapePath: n,
                        },
                        y = e.signerConstructor || by.SignatureV4;
                      return new y(h);
                    }))
              : (c = async (l) => {
                  l = Object.assign(
                    {},
                    {
                      name: 'sigv4',
                      signingName: e.signingName || e.defaultSigningName,
                      signingRegion: await jt(e.region)(),
                      properties: {},
                    },
                    l,
                  );
                  const f = l.signingRegion,
                    m = l.signingName;
                  (e.signingRegion = e.signingRegion || f),
                    (e.signingName = e.signingName || m || e.serviceId);
                  const p = {
                      ...e,
                      credentials: e.credentials,
                      region: e.signingRegion,
                      service: e.signingName,
                      sha256: a,
                      uriEscapePath: n,
                    },
                    h = e.signerConstructor || by.SignatureV4;
                  return new h(p);
                }),
          Object.assign(e, {
            systemClockOffset: i,
            signingEscapePath: n,
            signer: c,
            disableClockSkewCorrection: jt(e.disableClockSkewCorrection ?? t),
          })
        );
      });
  });
var _y = d(() => {
  iy();
  iv();
  dv();
  lv();
  Lv();
});
var jB,
  WB,
  Bv,
  Fv = d(() => {
    ne();
    (jB = 'AWS_DISABLE_CLOCK_SKEW_CORRECTION'),
      (WB = 'disable_clock_skew_correction'),
      (Bv = {
        environmentVariableSelector: (t) => Fe(t, jB, Ie.ENV),
        configFileSelector: (t) => Fe(t, WB, Ie.CONFIG),
        default: !1,
      });
  });
var Uv,
  Hv = d(() => {
    ne();
    Fv();
    Uv = B(Bv);
  });
var Ay = {};
Le(Ay, {
  AWSSDKSigV4Signer: () => ny,
  AwsSdkSigV4ASigner: () => ys,
  AwsSdkSigV4Signer: () => ze,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: () => lr,
  NODE_SIGV4A_CONFIG_OPTIONS: () => pa,
  getBearerTokenEnvKey: () => Hd,
  resolveAWSSDKSigV4Config: () => GB,
  resolveAwsSdkSigV4AConfig: () => ma,
  resolveAwsSdkSigV4Config: () => rs,
  validateSigningProperties: () => Yn,
});
var rs,
  GB,
  ft = d(() => {
    _y();
    cy();
    _y();
    Hv();
    (rs = xy(Uv)), (GB = rs);
  });
var Ty = $e((eo) => {
  var { setCredentialFeature: KB } = (ie(), O(ts)),
    { CredentialsProviderError: QB } = (ne(), O(Ht)),
    zv = 'AWS_ACCESS_KEY_ID',
    Vv = 'AWS_SECRET_ACCESS_KEY',
    qv = 'AWS_SESSION_TOKEN',
    jv = 'AWS_CREDENTIAL_EXPIRATION',
    Wv = 'AWS_CREDENTIAL_SCOPE',
    Gv = 'AWS_ACCOUNT_ID',
    JB = (t) => async () => {
      t?.logger?.debug('@aws-sdk/credential-provider-env - fromEnv');
      const e = process.env[zv],
        r = process.env[Vv],
        s = process.env[qv],
        o = process.env[jv],
        n = process.env[Wv],
        i = process.env[Gv];
      if (e && r) {
        const a = {
          accessKeyId: e,
          secretAccessKey: r,
          ...(s && { sessionToken: s }),
          ...(o && { expiration: new Date(o) }),
          ...(n && { credentialScope: n }),
          ...(i && { accountId: i }),
        };
        return (KB(a, 'CREDENTIALS_ENV_VARS', 'g'), a);
      }
      throw new QB('Unable to find environment variable credentials.', { logger: t?.logger });
    };
  eo.ENV_ACCOUNT_ID = Gv;
  eo.ENV_CREDENTIAL_SCOPE = Wv;
  eo.ENV_EXPIRATION = jv;
  eo.ENV_KEY = zv;
  eo.ENV_SECRET = Vv;
  eo.ENV_SESSION = qv;
  eo.fromEnv = JB;
});
var Jd = $e((Gt) => {
  var { ProviderError: Ry, CredentialsProviderError: to, loadConfig: Oy } = (ne(), O(Ht)),
    XB = pt('node:http'),
    { parseUrl: YB } = (D(), O(No)),
    Xv = (t) =>
      !!t &&
      typeof t == 'object' &&
      typeof t.AccessKeyId == 'string' &&
      typeof t.SecretAccessKey == 'string' &&
      typeof t.Token == 'string' &&
      typeof t.Expiration == 'string',
    Yv = (t) => ({
      accessKeyId: t.AccessKeyId,
      secretAccessKey: t.SecretAccessKey,
      sessionToken: t.Token,
      expiration: new Date(t.Expiration),
      ...(t.AccountId && { accountId: t.AccountId }),
    }),
    Zv = 1e3,
    eC = 0,
    My = ({ maxRetries: t = eC, timeout: e = Zv }) => ({ maxRetries: t, timeout: e });
  function Sa(t) {
    return new Promise((e, r) => {
      const s = XB.request({ method: 'GET', ...t, hostname: t.hostname?.replace(/^\[(.+)\]$/, '$1') });
      s.on('error', (o) => {
        r(Object.assign(new Ry('Unable to connect to instance metadata service'), o)), s.destroy();
      }),
        s.on('timeout', () => {
          r(new Ry('TimeoutError from instance metadata service')), s.destroy();
        }),
        s.on('response', (o) => {
          const { statusCode: n = 400 } = o;
          (n < 200 || 300 <= n) &&
            (r(
              Object.assign(new Ry('Error response received from instance metadata service'), {
                statusCode: n,
              }),
            ),
            s.destroy());
          const i = [];
          o.on('data', (a) => {
            i.push(a);
          }),
            o.on('end', () => {
              e(Buffer.concat(i)), s.destroy();
            });
        }),
        s.end();
    });
  }
  var Cy = (t, e) => {
      let r = t();
      for (let s = 0; s < e; s++) r = r.catch(t);
      return r;
    },
    ga = 'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    Qd = 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    Iy = 'AWS_CONTAINER_AUTHORIZATION_TOKEN',
    ZB = (t = {}) => {
      const { timeout: e, maxRetries: r } = My(t);
      return () =>
        Cy(async () => {
          const s = await oF({ logger: t.logger }),
            o = JSON.parse(await eF(e, s));
          if (!Xv(o))
            throw new to('Invalid response received from instance metadata service.', { logger: t.logger });
          return Yv(o);
        }, r);
    },
    eF = async (t, e) => (
      process.env[Iy] && (e.headers = { ...e.headers, Authorization: process.env[Iy] }),
      (await Sa({ ...e, timeout: t })).toString()
    ),
    tF = '169.254.170.2',
    rF = new Set(['localhost', '127.0.0.1']),
    sF = new Set(['http:', 'https:']),
    oF = async ({ logger: t }) => {
      if (process.env[Qd]) return { hostname: tF, path: process.env[Qd] };
      if (process.env[ga]) {
        let e;
        try {
          e = new URL(process.env[ga]);
        } catch {
          throw new to(`${process.env[ga]} is not a valid container metadata service URL`, {
            tryNextLink: !1,
            logger: t,
          });
        }
        if (!e.hostname || !rF.has(e.hostname))
          throw new to(`${e.hostname} is not a valid container metadata service hostname`, {
            tryNextLink: !1,
            logger: t,
          });
        if (!e.protocol || !sF.has(e.protocol))
          throw new to(`${e.protocol} is not a valid container metadata service protocol`, {
            tryNextLink: !1,
            logger: t,
          });
        return {
          protocol: e.protocol,
          hostname: e.hostname,
          path: e.pathname + e.search,
          port: e.port ? parseInt(e.port, 10) : void 0,
        };
      }
      throw new to(
        `The container metadata credential provider cannot be used unless the ${Qd} or ${ga} environment variable is set`,
        { tryNextLink: !1, logger: t },
      );
    },
    Ny = class t extends to {
      tryNextLink;
      name = 'InstanceMetadataV1FallbackError';
      constructor(e, r = !0) {
        super(e, r), (this.tryNextLink = r), Object.setPrototypeOf(this, t.prototype);
      }
    },
    ya;
  ((t) => {
    (t.IPv4 = 'http://169.254.169.254'), (t.IPv6 = 'http://[fd00:ec2::254]');
  })(ya || (ya = {}));
  var nF = 'AWS_EC2_METADATA_SERVICE_ENDPOINT',
    iF = 'ec2_metadata_service_endpoint',
    aF = { environmentVariableSelector: (t) => t[nF], configFileSelector: (t) => t[iF], default: void 0 },
    ei;
  ((t) => {
    (t.IPv4 = 'IPv4'), (t.IPv6 = 'IPv6');
  })(ei || (ei = {}));
  var cF = 'AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE',
    uF = 'ec2_metadata_service_endpoint_mode',
    dF = { environmentVariableSelector: (t) => t[cF], configFileSelector: (t) => t[uF], default: ei.IPv4 },
    tC = async () => YB((await lF()) || (await fF())),
    lF = async () => Oy(aF)(),
    fF = async () => {
      const t = await Oy(dF)();
      switch (t) {
        case ei.IPv4:
          return ya.IPv4;
        case ei.IPv6:
          return ya.IPv6;
        default:
          throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(ei)}`);
      }
    },
    mF = 300,
    pF = 300,
    hF = 'https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html',
    Kv = (t, e) => {
      const r = mF + Math.floor(Math.random() * pF),
        s = new Date(Date.now() + r * 1e3);
      e.warn(
        `Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be attempted after ${new Date(s)}.
For more information, please visit: ` + hF,
      );
      const o = t.originalExpiration ?? t.expiration;
      return { ...t, ...(o ? { originalExpiration: o } : {}), expiration: s };
    },
    gF = (t, e = {}) => {
      let r = e?.logger || console,
        s;
      return async () => {
        let o;
        try {
          (o = await t()), o.expiration && o.expiration.getTime() < Date.now() && (o = Kv(o, r));
        } catch (n) {
          if (s) r.warn('Credential renew failed: ', n), (o = Kv(s, r));
          else throw n;
        }
        return ((s = o), o);
      };
    },
    rC = '/latest/meta-data/iam/security-credentials/',
    yF = '/latest/api/token',
    vy = 'AWS_EC2_METADATA_V1_DISABLED',
    Qv = 'ec2_metadata_v1_disabled',
    Jv = 'x-aws-ec2-metadata-token',
    SF = (t = {}) => gF(EF(t), { logger: t.logger }),
    EF = (t = {}) => {
      let e = !1,
        { logger: r, profile: s } = t,
        { timeout: o, maxRetries: n } = My(t),
        i = async (a, c) => {
          if (e || c.headers?.[Jv] == null) {
            let f = !1,
              m = !1,
              p = await Oy(
                {
                  environmentVariableSelector: (h) => {
                    const y = h[vy];
                    if (((m = !!y && y !== 'false'), y === void 0))
                      throw new to(`${vy} not set in env, checking config file next.`, { logger: t.logger });
                    return m;
                  },
                  configFileSelector: (h) => {
                    const y = h[Qv];
                    return ((f = !!y && y !== 'false'), f);
                  },
                  default: !1,
                },
                { profile: s },
              )();
            if (t.ec2MetadataV1Disabled || p) {
              const h = [];
              throw (
                t.ec2MetadataV1Disabled &&
                  h.push('credential provider initialization (runtime option ec2MetadataV1Disabled)'),
                f && h.push(`config file profile (${Qv})`),
                m && h.push(`process environment variable (${vy})`),
                new Ny(
                  `AWS EC2 Metadata v1 fallback has been blocked by AWS SDK configuration in the following: [${h.join(', ')}].`,
                )
              );
            }
          }
          const l = (
            await Cy(async () => {
              let f;
              try {
                f = await bF(c);
              } catch (m) {
                throw (m.statusCode === 401 && (e = !1), m);
              }
              return f;
            }, a)
          ).trim();
          return Cy(async () => {
            let f;
            try {
              f = await xF(l, c, t);
            } catch (m) {
              throw (m.statusCode === 401 && (e = !1), m);
            }
            return f;
          }, a);
        };
      return async () => {
        const a = await tC();
        if (e)
          return (
            r?.debug('AWS SDK Instance Metadata', 'using v1 fallback (no token fetch)'),
            i(n, { ...a, timeout: o })
          );
        {
          let c;
          try {
            c = (await wF({ ...a, timeout: o })).toString();
          } catch (u) {
            if (u?.statusCode === 400)
              throw Object.assign(u, { message: 'EC2 Metadata token request returned error' });
            return (
              (u.message === 'TimeoutError' || [403, 404, 405].includes(u.statusCode)) && (e = !0),
              r?.debug('AWS SDK Instance Metadata', 'using v1 fallback (initial)'),
              i(n, { ...a, timeout: o })
            );
          }
          return i(n, { ...a, headers: { [Jv]: c }, timeout: o });
        }
      };
    },
    wF = async (t) =>
      Sa({ ...t, path: yF, method: 'PUT', headers: { 'x-aws-ec2-metadata-token-ttl-seconds': '21600' } }),
    bF = async (t) => (await Sa({ ...t, path: rC })).toString(),
    xF = async (t, e, r) => {
      const s = JSON.parse((await Sa({ ...e, path: rC + t })).toString());
      if (!Xv(s))
        throw new to('Invalid response received from instance metadata service.', { logger: r.logger });
      return Yv(s);
    };
  Gt.DEFAULT_MAX_RETRIES = eC;
  Gt.DEFAULT_TIMEOUT = Zv;
  Gt.ENV_CMDS_AUTH_TOKEN = Iy;
  Gt.ENV_CMDS_FULL_URI = ga;
  Gt.ENV_CMDS_RELATIVE_URI = Qd;
  Gt.Endpoint = ya;
  Gt.fromContainerMetadata = ZB;
  Gt.fromInstanceMetadata = SF;
  Gt.getInstanceMetadataEndpoint = tC;
  Gt.httpRequest = Sa;
  Gt.providerConfigFromInit = My;
});
var Do = $e((ba) => {
  var { hasOwn: cC } = (M(), O(Ao)),
    { streamCollector: _F } = (M(), O(Ao));
  ba.streamCollector = _F;
  var { buildQueryString: uC, HttpResponse: dC } = (D(), O(No)),
    Xd = pt('node:https'),
    { Readable: AF } = pt('node:stream'),
    Py = pt('node:http2');
  function Zd(t) {
    const e = t && typeof t == 'object' && 'reason' in t ? t.reason : void 0;
    if (e) {
      if (e instanceof Error) {
        const o = new Error('Request aborted');
        return ((o.name = 'AbortError'), (o.cause = e), o);
      }
      const s = new Error(String(e));
      return ((s.name = 'AbortError'), s);
    }
    const r = new Error('Request aborted');
    return ((r.name = 'AbortError'), r);
  }
  var TF = ['ECONNRESET', 'EPIPE', 'ETIMEDOUT'],
    lC = (t) => {
      const e = {};
      for (const r in t) {
        if (!cC(t, r)) continue;
        const s = t[r];
        e[r] = Array.isArray(s) ? s.join(',') : s;
      }
      return e;
    },
    Ye = { setTimeout: (t, e) => setTimeout(t, e), clearTimeout: (t) => clearTimeout(t) },
    sC = 1e3,
    RF = (t, e, r = 0) => {
      if (!r) return -1;
      const s = (o) => {
        const n = Ye.setTimeout(() => {
            t.destroy(),
              e(
                Object.assign(
                  new Error(
                    `@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`,
                  ),
                  { name: 'TimeoutError' },
                ),
              );
          }, r - o),
          i = (a) => {
            a?.connecting
              ? a.on('connect', () => {
                  Ye.clearTimeout(n);
                })
              : Ye.clearTimeout(n);
          };
        t.socket ? i(t.socket) : t.on('socket', i);
      };
      return r < 2e3 ? (s(0), 0) : Ye.setTimeout(s.bind(null, sC), sC);
    },
    vF = (t, e, r = 0, s, o) =>
      r
        ? Ye.setTimeout(() => {
            let n = `@smithy/node-http-handler - [${s ? 'ERROR' : 'WARN'}] a request has exceeded the configured ${r} ms requestTimeout.`;
            if (s) {
              const i = Object.assign(new Error(n), { name: 'TimeoutError', code: 'ETIMEDOUT' });
              t.destroy(i), e(i);
            } else
              (n +=
                ' Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.'),
                o?.warn?.(n);
          }, r)
        : -1,
    CF = 3e3,
    IF = (t, { keepAlive: e, keepAliveMsecs: r }, s = CF) => {
      if (e !== !0) return -1;
      const o = () => {
        t.socket
          ? t.socket.setKeepAlive(e, r || 0)
          : t.on('socket', (n) => {
              n.setKeepAlive(e, r || 0);
            });
      };
      return s === 0 ? (o(), 0) : Ye.setTimeout(o, s);
    },
    Ea = (t) => {
      const e = t?.defaultSocketTimeout;
      return typeof e == 'number' && Number.isFinite(e) && e > 0 ? e : void 0;
    },
    NF = 3e3,
    oC = (t, e, r = 0, s = !1) => {
      if (!Number.isFinite(r) || r <= 0) return;
      let o;
      t.once('response', (c) => (o = c));
      const n = () => {
          if (o?.complete) {
            t.socket?.destroy();
            return;
          }
          const c = Object.assign(
            new Error(
              `@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${s ? 'service default socket timeout' : 'configured by client requestHandler'}).`,
            ),
            { name: 'TimeoutError' },
          );
          o?.destroy(c), t.destroy(), e(c);
        },
        i = () => {
          const { socket: c } = t;
          c
            ? c.connecting
              ? c.once('connect', i)
              : (c.setTimeout(r, n), t.on('close', () => c.removeListener('timeout', n)))
            : t.once('socket', i);
        };
      if (r < 6e3) {
        i();
        return;
      }
      const a = Ye.setTimeout(i, NF);
      t.once('close', () => Ye.clearTimeout(a));
    },
    nC = 6e3;
  async function fC(t, e, r = nC, s = !1) {
    let o = e.headers,
      n = o ? o.Expect || o.expect : void 0,
      i = -1,
      a = !0;
    !s &&
      n === '100-continue' &&
      (a = await Promise.race([
        new Promise((c) => {
          i = Number(Ye.setTimeout(() => c(!0), Math.max(nC, r)));
        }),
        new Promise((c) => {
          t.on('continue', () => {
            Ye.clearTimeout(i), c(!0);
          }),
            t.on('response', () => {
              Ye.clearTimeout(i), c(!1);
            }),
            t.on('error', () => {
              Ye.clearTimeout(i), c(!1);
            });
        }),
      ])),
      a && OF(t, e.body);
  }
  function OF(t, e) {
    if (e instanceof AF) {
      e.pipe(t);
      return;
    }
    if (e) {
      const r = Buffer.isBuffer(e);
      if (r || typeof e == 'string') {
        r && e.byteLength === 0 ? t.end() : t.end(e);
        return;
      }
      const o = e;
      if (
        typeof o == 'object' &&
        o.buffer &&
        typeof o.byteOffset == 'number' &&
        typeof o.byteLength == 'number'
      ) {
        t.end(Buffer.from(o.buffer, o.byteOffset, o.byteLength));
        return;
      }
      t.end(Buffer.from(e));
      return;
    }
    t.end();
  }
  var MF = 0,
    Yd,
    iC,
    ky = class t {
      config;
      configProvider;
      socketWarningTimestamp = 0;
      externalAgent = !1;
      metadata = { handlerProtocol: 'http/1.1' };
      static create(e) {
        return typeof e?.handle == 'function' ? e : new t(e);
      }
      static checkSocketUsage(e, r, s = console) {
        const { sockets: o, requests: n, maxSockets: i } = e;
        if (typeof i != 'number' || i === 1 / 0 || Date.now() - 15e3 < r) return r;
        if (o && n)
          for (const c in o) {
            if (!cC(o, c)) continue;
            const u = o[c]?.length ?? 0,
              l = n[c]?.length ?? 0;
            if (u >= i && l >= 2 * i)
              return (
                s?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${u} and ${l} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),
                Date.now()
              );
          }
        return r;
      }
      constructor(e) {
        this.configProvider = new Promise((r, s) => {
          typeof e == 'function'
            ? e()
                .then((o) => {
                  r(this.resolveDefaultConfig(o));
                })
                .catch(s)
            : r(this.resolveDefaultConfig(e));
        });
      }
      destroy() {
        this.config?.httpAgent?.destroy(), this.config?.httpsAgent?.destroy();
      }
      async handle(e, { abortSignal: r, requestTimeout: s } = {}) {
        this.config || (this.config = await this.configProvider);
        const o = this.config,
          n = o.logger,
          i = e.protocol === 'https:';
        return (
          !i && !this.config.httpAgent && (this.config.httpAgent = await this.config.httpAgentProvider()),
          new Promise((a, c) => {
            let u,
              l = -1,
              f = -1,
              m = -1,
              p = -1,
              h = () => {
                Ye.clearTimeout(l), Ye.clearTimeout(f), Ye.clearTimeout(m), Ye.clearTimeout(p);
              },
              y = async (V) => {
                await u, h(), a(V);
              },
              g = async (V) => {
                await u, h(), c(V);
              };
            if (r?.aborted) {
              const V = Zd(r);
              g(V);
              return;
            }
            let w = e.headers,
              b = w ? (w.Expect ?? w.expect) === '100-continue' : !1,
              _ = i ? o.httpsAgent : o.httpAgent;
            b && !this.externalAgent && (_ = new (i ? Xd.Agent : Yd)({ keepAlive: !1, maxSockets: 1 / 0 })),
              (l = Ye.setTimeout(
                () => {
                  this.socketWarningTimestamp = t.checkSocketUsage(_, this.socketWarningTimestamp, n);
                },
                o.socketAcquisitionWarningTimeout ?? (o.requestTimeout ?? 2e3) + (o.connectionTimeout ?? 1e3),
              ));
            let A = e.query ? uC(e.query) : '',
              C;
            if (e.username != null || e.password != null) {
              const V = e.username ?? '',
                Z = e.password ?? '';
              C = `${V}:${Z}`;
            }
            let W = e.path;
            A && (W += `?${A}`), e.fragment && (W += `#${e.fragment}`);
            let X = e.hostname ?? '';
            X[0] === '[' && X.endsWith(']') ? (X = e.hostname.slice(1, -1)) : (X = e.hostname);
            const Ee = {
                headers: e.headers,
                host: X,
                method: e.method,
                path: W,
                port: e.port,
                agent: _,
                auth: C,
              },
              Y = (i ? Xd.request : iC)(Ee, (V) => {
                const Z = new dC({
                  statusCode: V.statusCode || -1,
                  reason: V.statusMessage,
                  headers: lC(V.headers),
                  body: V,
                });
                y({ response: Z });
              });
            if (
              (Y.on('error', (V) => {
                TF.includes(V.code) ? g(Object.assign(V, { name: 'TimeoutError' })) : g(V);
              }),
              r)
            ) {
              const V = () => {
                Y.destroy();
                const Z = Zd(r);
                g(Z);
              };
              if (typeof r.addEventListener == 'function') {
                const Z = r;
                Z.addEventListener('abort', V, { once: !0 }),
                  Y.once('close', () => Z.removeEventListener('abort', V));
              } else r.onabort = V;
            }
            const Te = s ?? o.requestTimeout;
            (f = RF(Y, g, o.connectionTimeout)), (m = vF(Y, g, Te, o.throwOnRequestTimeout, n ?? console));
            const Re = o.socketTimeout === void 0 ? Ea(o) : void 0;
            Re ? oC(Y, g, Re, !0) : oC(Y, g, o.socketTimeout);
            const De = Ee.agent;
            typeof De == 'object' &&
              'keepAlive' in De &&
              (p = IF(Y, { keepAlive: De.keepAlive, keepAliveMsecs: De.keepAliveMsecs })),
              (u = fC(Y, e, Te, this.externalAgent).catch((V) => (h(), c(V))));
          })
        );
      }
      updateHttpClientConfig(e, r) {
        (this.config = void 0),
          (this.configProvider = this.configProvider.then((s) => {
            switch (e) {
              case Symbol.for('logger'):
                (e = 'logger'), (r = s.logger ?? r);
                break;
              case Symbol.for('@smithy/defaultSocketTimeout'):
                (e = 'defaultSocketTimeout'), (r = Ea(s) ?? r);
                break;
            }
            return { ...s, [e]: r };
          }));
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
      resolveDefaultConfig(e) {
        let {
            requestTimeout: r,
            connectionTimeout: s,
            socketTimeout: o,
            socketAcquisitionWarningTimeout: n,
            httpAgent: i,
            httpsAgent: a,
            throwOnRequestTimeout: c,
            logger: u,
          } = e || {},
          l = !0,
          f = 50,
          m;
        return {
          connectionTimeout: s,
          requestTimeout: r,
          socketTimeout: o,
          defaultSocketTimeout: Ea(e),
          socketAcquisitionWarningTimeout: n,
          throwOnRequestTimeout: c,
          httpAgentProvider: () =>
            (m ??= (async () => {
              const p = pt('node:http'),
                { Agent: h, request: y } = p.default ?? p;
              return (
                (iC = y),
                (Yd = h),
                i instanceof Yd || typeof i?.destroy == 'function'
                  ? ((this.externalAgent = !0), i)
                  : new Yd({ keepAlive: l, maxSockets: f, ...i })
              );
            })()),
          httpsAgent:
            a instanceof Xd.Agent || typeof a?.destroy == 'function'
              ? ((this.externalAgent = !0), a)
              : new Xd.Agent({ keepAlive: l, maxSockets: f, ...a }),
          logger: u,
        };
      }
    },
    PF = new Uint16Array(1),
    wa = class {
      id = PF[0]++;
      total = 0;
      max = 0;
      session;
      refs = 0;
      constructor(e) {
        e.unref(), (this.session = e);
      }
      retain() {
        if (this.session.destroyed)
          throw new Error('@smithy/node-http-handler - cannot acquire reference to destroyed session.');
        (this.refs += 1), (this.total += 1), (this.max = Math.max(this.refs, this.max)), this.session.ref();
      }
      free() {
        if (
          !this.session.destroyed &&
          ((this.refs -= 1), this.refs === 0 && this.session.unref(), this.refs < 0)
        )
          throw new Error(
            '@smithy/node-http-handler - ClientHttp2Session refcount at zero, cannot decrement.',
          );
      }
      deref() {
        return this.session;
      }
      close() {
        this.session.closed || this.session.close();
      }
      destroy() {
        (this.refs = 0), this.session.destroyed || (this.session.setTimeout(0), this.session.destroy());
      }
      useCount() {
        return this.refs;
      }
    },
    Dy = class {
      sessions = [];
      maxConcurrency = 0;
      constructor(e) {
        this.sessions = (e ?? []).map((r) => new wa(r));
      }
      poll() {
        let e = !1;
        for (const r of this.sessions) {
          if (r.deref().destroyed) {
            e = !0;
            continue;
          }
          if (!this.maxConcurrency || r.useCount() < this.maxConcurrency) return r;
        }
        if (e) for (const r of this.sessions) r.deref().destroyed && this.remove(r);
      }
      offerLast(e) {
        this.sessions.push(e);
      }
      remove(e) {
        const r = this.sessions.indexOf(e);
        r > -1 && this.sessions.splice(r, 1);
      }
      [Symbol.iterator]() {
        return this.sessions[Symbol.iterator]();
      }
      setMaxConcurrency(e) {
        this.maxConcurrency = e;
      }
      destroy(e) {
        this.remove(e), e.destroy();
      }
    },
    $y = class {
      config;
      connectOptions;
      connectionPools = new Map();
      constructor(e) {
        if (((this.config = e), this.config.maxConcurrency && this.config.maxConcurrency <= 0))
          throw new RangeError('maxConcurrency must be greater than zero.');
      }
      lease(e, r) {
        const s = this.getUrlString(e),
          o = this.getPool(s);
        if (!this.config.disableConcurrency && !r.isEventStream) {
          const u = o.poll();
          if (u) return (u.retain(), u);
        }
        const n = new wa(this.connect(s)),
          i = n.deref();
        this.config.maxConcurrency &&
          i.settings({ maxConcurrentStreams: this.config.maxConcurrency }, (u) => {
            if (u)
              throw new Error(
                'Fail to set maxConcurrentStreams to ' +
                  this.config.maxConcurrency +
                  'when creating new session for ' +
                  e.destination.toString(),
              );
          });
        const a = () => {
            this.removeFromPoolAndClose(s, n);
          },
          c = () => {
            this.removeFromPoolAndCheckedDestroy(s, n);
          };
        return (
          i.on('goaway', a),
          i.on('error', c),
          i.on('frameError', c),
          i.on('close', c),
          r.requestTimeout && i.setTimeout(r.requestTimeout, c),
          o.offerLast(n),
          n.retain(),
          n
        );
      }
      release(e, r) {
        r.free();
      }
      createIsolatedSession(e, r) {
        const s = this.getUrlString(e),
          o = new wa(this.connect(s)),
          n = o.deref();
        n.settings({ maxConcurrentStreams: 1 });
        const i = () => {
          o.destroy();
        };
        n.on('error', i), n.on('frameError', i), n.on('close', i);
        const a = r.requestTimeout ?? 3e5;
        return (n.setTimeout(a, i), o.retain(), o);
      }
      destroy() {
        for (const [e, r] of this.connectionPools) {
          for (const s of [...r]) s.destroy();
          this.connectionPools.delete(e);
        }
      }
      setMaxConcurrentStreams(e) {
        if (e && e <= 0) throw new RangeError('maxConcurrentStreams must be greater than zero.');
        this.config.maxConcurrency = e;
        for (const r of this.connectionPools.values()) r.setMaxConcurrency(e);
      }
      setDisableConcurrentStreams(e) {
        this.config.disableConcurrency = e;
      }
      setNodeHttp2ConnectOptions(e) {
        this.connectOptions = e;
      }
      debug() {
        const e = {};
        for (const [r, s] of this.connectionPools) {
          const o = [];
          for (const n of s)
            o.push({ id: n.id, active: n.useCount(), maxConcurrent: n.max, totalRequests: n.total });
          e[r] = { sessions: o };
        }
        return e;
      }
      removeFromPoolAndClose(e, r) {
        this.connectionPools.get(e)?.remove(r), r.close();
      }
      removeFromPoolAndCheckedDestroy(e, r) {
        this.connectionPools.get(e)?.remove(r), r.destroy();
      }
      getPool(e) {
        if (!this.connectionPools.has(e)) {
          const r = new Dy();
          this.config.maxConcurrency && r.setMaxConcurrency(this.config.maxConcurrency),
            this.connectionPools.set(e, r);
        }
        return this.connectionPools.get(e);
      }
      getUrlString(e) {
        return e.destination.toString();
      }
      connect(e) {
        return this.connectOptions === void 0 ? Py.connect(e) : Py.connect(e, this.connectOptions);
      }
    },
    { constants: aC } = Py,
    Ly = class t {
      config;
      configProvider;
      metadata = { handlerProtocol: 'h2' };
      connectionManager = new $y({});
      static create(e) {
        return typeof e?.handle == 'function' ? e : new t(e);
      }
      constructor(e) {
        this.configProvider = new Promise((r, s) => {
          typeof e == 'function'
            ? e()
                .then((o) => {
                  r(o || {});
                })
                .catch(s)
            : r(e || {});
        });
      }
      destroy() {
        this.connectionManager.destroy();
      }
      async handle(e, { abortSignal: r, requestTimeout: s, isEventStream: o } = {}) {
        if (!this.config) {
          const f = await this.configProvider;
          this.config = { ...f, defaultSocketTimeout: Ea(f) };
          const {
            disableConcurrentStreams: m,
            maxConcurrentStreams: p,
            nodeHttp2ConnectOptions: h,
          } = this.config;
          this.connectionManager.setDisableConcurrentStreams(m ?? !1),
            p && this.connectionManager.setMaxConcurrentStreams(p),
            h && this.connectionManager.setNodeHttp2ConnectOptions(h);
        }
        const { requestTimeout: n, disableConcurrentStreams: i, sessionTimeout: a } = this.config,
          c = i || o,
          u = s ?? n,
          l = u === void 0 && a === void 0 ? this.config.defaultSocketTimeout : void 0;
        return new Promise((f, m) => {
          let p = !1,
            h,
            y = async (se) => {
              await h, f(se);
            },
            g = async (se) => {
              await h, m(se);
            };
          if (r?.aborted) {
            p = !0;
            const se = Zd(r);
            g(se);
            return;
          }
          let { hostname: w, method: b, port: _, protocol: A, query: C } = e,
            W = '';
          if (e.username != null || e.password != null) {
            const se = e.username ?? '',
              Er = e.password ?? '';
            W = `${se}:${Er}@`;
          }
          let X = `${A}//${W}${w}${_ ? `:${_}` : ''}`,
            Ee = { destination: new URL(X) },
            Tt = { requestTimeout: this.config?.sessionTimeout, isEventStream: o },
            Y = c
              ? this.connectionManager.createIsolatedSession(Ee, Tt)
              : this.connectionManager.lease(Ee, Tt),
            Te = Y.deref(),
            Re = (se) => {
              c && Y.destroy(), (p = !0), g(se);
            },
            De = C ? uC(C) : '',
            V = e.path;
          De && (V += `?${De}`), e.fragment && (V += `#${e.fragment}`);
          const Z = Te.request({ ...e.headers, [aC.HTTP2_HEADER_PATH]: V, [aC.HTTP2_HEADER_METHOD]: b });
          if (
            (u
              ? Z.setTimeout(u, () => {
                  Z.close();
                  const se = new Error(`Stream timed out because of no activity for ${u} ms`);
                  (se.name = 'TimeoutError'), Re(se);
                })
              : l &&
                (Z.setTimeout(l, () => {
                  const se = new Error(`Stream timed out because of no activity for ${l} ms`);
                  (se.name = 'TimeoutError'), (p = !0), g(se), Z.destroy(se), c && Y.destroy();
                }),
                Z.once('response', () => Z.setTimeout(l))),
            r)
          ) {
            const se = () => {
              Z.close();
              const Er = Zd(r);
              Re(Er);
            };
            if (typeof r.addEventListener == 'function') {
              const Er = r;
              Er.addEventListener('abort', se, { once: !0 }),
                Z.once('close', () => Er.removeEventListener('abort', se));
            } else r.onabort = se;
          }
          Z.on('frameError', (se, Er, b1) => {
            Re(new Error(`Frame type id ${se} in stream id ${b1} has failed with code ${Er}.`));
          }),
            Z.on('error', Re),
            Z.on('aborted', () => {
              Re(
                new Error(
                  `HTTP/2 stream is abnormally aborted in mid-communication with result code ${Z.rstCode}.`,
                ),
              );
            }),
            Z.on('response', (se) => {
              const Er = new dC({ statusCode: se[':status'] ?? -1, headers: lC(se), body: Z });
              (p = !0),
                y({ response: Er }),
                c &&
                  (Te.close(),
                  Z.on('end', () => {
                    Y.destroy();
                  }));
            }),
            Z.on('close', () => {
              if ((c ? Y.destroy() : this.connectionManager.release(Ee, Y), !p)) {
                const se = new Error('Unexpected error: http2 request did not get a response');
                Te.destroyed && (se.name = 'TimeoutError'), Re(se);
              }
            }),
            (h = fC(Z, e, u));
        });
      }
      updateHttpClientConfig(e, r) {
        (this.config = void 0),
          (this.configProvider = this.configProvider.then(
            (s) => (
              e === Symbol.for('@smithy/defaultSocketTimeout') &&
                ((e = 'defaultSocketTimeout'), (r = Ea(s) ?? r)),
              { ...s, [e]: r }
            ),
          ));
      }
      httpHandlerConfigs() {
        return this.config ?? {};
      }
    };
  ba.DEFAULT_REQUEST_TIMEOUT = MF;
  ba.NodeHttp2Handler = Ly;
  ba.NodeHttpHandler = ky;
});
var By = $e((pC) => {
  var { setCredentialFeature: kF } = (ie(), O(ts)),
    { CredentialsProviderError: $o } = (ne(), O(Ht)),
    { NodeHttpHandler: DF } = Do(),
    $F = pt('node:fs/promises'),
    { HttpRequest: LF } = (D(), O(No)),
    { sdkStreamMixin: BF, parseRfc3339DateTime: FF } = (M(), O(Ao)),
    UF = '169.254.170.2',
    HF = '169.254.170.23',
    zF = '[fd00:ec2::23]',
    VF = (t, e) => {
      if (t.protocol !== 'https:' && !(t.hostname === UF || t.hostname === HF || t.hostname === zF)) {
        if (t.hostname.includes('[')) {
          if (t.hostname === '[::1]' || t.hostname === '[0000:0000:0000:0000:0000:0000:0000:0001]') return;
        } else {
          if (t.hostname === 'localhost') return;
          const r = t.hostname.split('.'),
            s = (o) => {
              const n = parseInt(o, 10);
              return 0 <= n && n <= 255;
            };
          if (r[0] === '127' && s(r[1]) && s(r[2]) && s(r[3]) && r.length === 4) return;
        }
        throw new $o(
          `URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,
          { logger: e },
        );
      }
    };
  function qF(t) {
    return new LF({
      protocol: t.protocol,
      hostname: t.hostname,
      port: Number(t.port),
      path: t.pathname,
      query: Array.from(t.searchParams.entries()).reduce((e, [r, s]) => ((e[r] = s), e), {}),
      fragment: t.hash,
    });
  }
  async function jF(t, e) {
    const s = await BF(t.body).transformToString();
    if (t.statusCode === 200) {
      const o = JSON.parse(s);
      if (
        typeof o.AccessKeyId != 'string' ||
        typeof o.SecretAccessKey != 'string' ||
        typeof o.Token != 'string' ||
        typeof o.Expiration != 'string'
      )
        throw new $o(
          'HTTP credential provider response not of the required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }',
          { logger: e },
        );
      return {
        accessKeyId: o.AccessKeyId,
        secretAccessKey: o.SecretAccessKey,
        sessionToken: o.Token,
        expiration: FF(o.Expiration),
      };
    }
    if (t.statusCode >= 400 && t.statusCode < 500) {
      let o = {};
      try {
        o = JSON.parse(s);
      } catch {}
      throw Object.assign(new $o(`Server responded with status: ${t.statusCode}`, { logger: e }), {
        Code: o.Code,
        Message: o.Message,
      });
    }
    throw new $o(`Server responded with status: ${t.statusCode}`, { logger: e });
  }
  var WF = (t, e, r) => async () => {
      for (let s = 0; s < e; ++s)
        try {
          return await t();
        } catch {
          await new Promise((n) => setTimeout(n, r));
        }
      return await t();
    },
    GF = 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    KF = 'http://169.254.170.2',
    QF = 'AWS_CONTAINER_CREDENTIALS_FULL_URI',
    JF = 'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
    XF = 'AWS_CONTAINER_AUTHORIZATION_TOKEN',
    YF = (t = {}) => {
      t.logger?.debug('@aws-sdk/credential-provider-http - fromHttp');
      let e,
        r = t.awsContainerCredentialsRelativeUri ?? process.env[GF],
        s = t.awsContainerCredentialsFullUri ?? process.env[QF],
        o = t.awsContainerAuthorizationToken ?? process.env[XF],
        n = t.awsContainerAuthorizationTokenFile ?? process.env[JF],
        i =
          t.logger?.constructor?.name === 'NoOpLogger' || !t.logger?.warn
            ? console.warn
            : t.logger.warn.bind(t.logger);
      if (
        (r &&
          s &&
          (i(
            '@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsContainerCredentialsFullUri.',
          ),
          i('awsContainerCredentialsRelativeUri will take precedence.')),
        o &&
          n &&
          (i(
            '@aws-sdk/credential-provider-http: you have set both awsContainerAuthorizationToken and awsContainerAuthorizationTokenFile.',
          ),
          i('awsContainerAuthorizationTokenFile will take precedence.')),
        r)
      )
        e = `${KF}${r}`;
      else if (s) e = s;
      else
        throw new $o(
          `No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,
          { logger: t.logger },
        );
      const a = new URL(e);
      VF(a, t.logger);
      const c = DF.create({ connectionTimeout: t.timeout ?? 1e3 }),
        u = t.timeout ?? 1e3,
        l = WF(
          async () => {
            const f = qF(a);
            n
              ? (f.headers.Authorization = mC((await $F.readFile(n)).toString()))
              : o && (f.headers.Authorization = mC(o));
            try {
              const m = await c.handle(f, { requestTimeout: u });
              return jF(m.response).then((p) => kF(p, 'CREDENTIALS_HTTP', 'z'));
            } catch (m) {
              throw new $o(String(m), { logger: t.logger });
            }
          },
          t.maxRetries ?? 3,
          t.timeout ?? 1e3,
        );
      return async () => {
        try {
          return await l();
        } finally {
          c.destroy?.();
        }
      };
    },
    mC = (t) => {
      if (
        t.includes(`\r
`)
      )
        throw new $o('Authorization token contains invalid \\r\\n sequence.');
      return t;
    };
  pC.fromHttp = YF;
});
function ZF(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'sso-oauth', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function eU(t) {
  return { schemeId: 'smithy.api#noAuth' };
}
var hC,
  gC,
  yC,
  Fy = d(() => {
    ft();
    P();
    hC = async (t, e, r) => ({
      operation: le(e).operation,
      region:
        (await oe(t.region)()) ||
        (() => {
          throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
        })(),
    });
    (gC = (t) => {
      const e = [];
      return (t.operation === 'CreateToken' ? e.push(eU(t)) : e.push(ZF(t)), e);
    }),
      (yC = (t) => {
        const e = rs(t);
        return Object.assign(e, { authSchemePreference: oe(t.authSchemePreference ?? []) });
      });
  });
var SC,
  EC,
  Uy = d(() => {
    (SC = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: 'sso-oauth',
      })),
      (EC = {
        UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
        Endpoint: { type: 'builtInParams', name: 'endpoint' },
        Region: { type: 'builtInParams', name: 'region' },
        UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
      });
  });
var ro,
  xa = d(() => {
    ro = {
      name: '@aws-sdk/nested-clients',
      version: '3.998.4',
      description: 'Nested clients for AWS SDK packages.',
      homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/packages/nested-clients',
      license: 'Apache-2.0',
      author: { name: 'AWS SDK for JavaScript Team', url: 'https://aws.amazon.com/sdk-for-javascript/' },
      repository: {
        type: 'git',
        url: 'https://github.com/aws/aws-sdk-js-v3.git',
        directory: 'packages/nested-clients',
      },
      files: [
        './cognito-identity.d.ts',
        './cognito-identity.js',
        './signin.d.ts',
        './signin.js',
        './sso-oidc.d.ts',
        './sso-oidc.js',
        './sso.d.ts',
        './sso.js',
        './sts.d.ts',
        './sts.js',
        'dist-*/**',
      ],
      sideEffects: !1,
      main: './dist-cjs/index.js',
      module: './dist-es/index.js',
      browser: {
        './dist-es/submodules/cognito-identity/runtimeConfig':
          './dist-es/submodules/cognito-identity/runtimeConfig.browser',
        './dist-es/submodules/signin/runtimeConfig': './dist-es/submodules/signin/runtimeConfig.browser',
        './dist-es/submodules/sso-oidc/runtimeConfig': './dist-es/submodules/sso-oidc/runtimeConfig.browser',
        './dist-es/submodules/sso/runtimeConfig': './dist-es/submodules/sso/runtimeConfig.browser',
        './dist-es/submodules/sts/runtimeConfig': './dist-es/submodules/sts/runtimeConfig.browser',
      },
      types: './dist-types/index.d.ts',
      typesVersions: {
        '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'], '*': ['dist-types/ts3.4/submodules/*/index.d.ts'] },
      },
      'react-native': {},
      exports: {
        './package.json': './package.json',
        './sso-oidc': {
          types: './dist-types/submodules/sso-oidc/index.d.ts',
          module: './dist-es/submodules/sso-oidc/index.js',
          node: './dist-cjs/submodules/sso-oidc/index.js',
          import: './dist-es/submodules/sso-oidc/index.js',
          require: './dist-cjs/submodules/sso-oidc/index.js',
        },
        './sts': {
          types: './dist-types/submodules/sts/index.d.ts',
          module: './dist-es/submodules/sts/index.js',
          node: './dist-cjs/submodules/sts/index.js',
          import: './dist-es/submodules/sts/index.js',
          require: './dist-cjs/submodules/sts/index.js',
        },
        './signin': {
          types: './dist-types/submodules/signin/index.d.ts',
          module: './dist-es/submodules/signin/index.js',
          node: './dist-cjs/submodules/signin/index.js',
          import: './dist-es/submodules/signin/index.js',
          require: './dist-cjs/submodules/signin/index.js',
        },
        './cognito-identity': {
          types: './dist-types/submodules/cognito-identity/index.d.ts',
          module: './dist-es/submodules/cognito-identity/index.js',
          node: './dist-cjs/submodules/cognito-identity/index.js',
          import: './dist-es/submodules/cognito-identity/index.js',
          require: './dist-cjs/submodules/cognito-identity/index.js',
        },
        './sso': {
          types: './dist-types/submodules/sso/index.d.ts',
          module: './dist-es/submodules/sso/index.js',
          node: './dist-cjs/submodules/sso/index.js',
          import: './dist-es/submodules/sso/index.js',
          require: './dist-cjs/submodules/sso/index.js',
        },
      },
      scripts: {
        build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
        'build:cjs': 'node ../../scripts/compilation/inline',
        'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
        'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
        'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
        'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
        clean: 'premove dist-cjs dist-es dist-types',
        lint: 'node ../../scripts/validation/submodules-linter.js',
        prebuild: 'yarn lint',
        test: 'yarn g:vitest run',
        'test:watch': 'yarn g:vitest watch',
      },
      dependencies: {
        '@aws-sdk/core': '^3.981.1',
        '@aws-sdk/signature-v4-multi-region': '^3.996.52',
        '@aws-sdk/types': '^3.975.1',
        '@smithy/core': '^3.40.0',
        '@smithy/fetch-http-handler': '^5.8.1',
        '@smithy/node-http-handler': '^4.14.2',
        '@smithy/types': '^4.20.0',
        tslib: '^2.6.2',
      },
      devDependencies: {
        concurrently: '7.0.0',
        'downlevel-dts': '0.10.1',
        premove: '4.0.0',
        typescript: '~7.0.2',
      },
      engines: { node: '>=20.0.0' },
    };
  });
var Hy,
  wC = d(() => {
    Hy = Symbol('@smithy/core/cbor::tagSymbol');
  });
var _a,
  zy = d(() => {
    _a = (t, e) => {
      const r = (s) => {
        let o = s;
        return (
          typeof o == 'number' && (o = o.toString()),
          o.indexOf(',') >= 0 && (o = o.split(',')[0]),
          o.indexOf(':') >= 0 && (o = o.split(':')[0]),
          o
        );
      };
      if (e.__type !== void 0) return r(e.__type);
    };
  });
function nl(t) {
  const e = t.getSchema(),
    r = e[bC];
  if (r) return r;
  const s = [],
    o = [];
  for (const [a, c] of t.structIterator()) s.push(a), o.push(c);
  const n = new Array(s.length);
  for (let a = 0; a < s.length; ++a) n[a] = rU(s[a]);
  const i = { memberNames: s, memberSchemas: o, encodedKeys: n };
  return ((e[bC] = i), i);
}
function rU(t) {
  let e;
  il ? (e = Buffer.from(t, 'utf-8')) : (e = new TextEncoder().encode(t));
  let r = e.length,
    s;
  r < 24 ? (s = 1) : r < 256 ? (s = 2) : (s = 3);
  const o = new Uint8Array(s + r);
  return (
    s === 1
      ? (o[0] = 96 | r)
      : s === 2
        ? ((o[0] = 120), (o[1] = r))
        : ((o[0] = 121), (o[1] = r >> 8), (o[2] = r & 255)),
    o.set(e, s),
    o
  );
}
function RC(t) {
  return il ? Buffer.allocUnsafe(t) : new Uint8Array(t);
}
function oi(t, e, r, s) {
  if (e == null) {
    if (e === void 0 && t.isIdempotencyToken()) {
      ss(Pt());
      return;
    }
    te(1), (F[$++] = 246);
    return;
  }
  if (t.isUnitSchema()) {
    te(1), Ve(5, 0);
    return;
  }
  if (typeof e == 'object') {
    if (t.isBlobSchema() && e instanceof Uint8Array) {
      el(e);
      return;
    }
    if (t.isTimestampSchema() && e instanceof Date) {
      Wy(e);
      return;
    }
    if (t.isStructSchema()) {
      oU(t, e, s);
      return;
    }
    if (Array.isArray(e) && (t.isListSchema() || t.isDocumentSchema())) {
      AC(t, e, t.isDocumentSchema(), s);
      return;
    }
    if (t.isMapSchema()) {
      qy(t, e, !1, s);
      return;
    }
    if (e instanceof Date) {
      Wy(e);
      return;
    }
    if (e instanceof Uint8Array) {
      el(e);
      return;
    }
    if (e instanceof z) {
      IC(e);
      return;
    }
    if (e[Hy]) {
      const n = e;
      CC(n.tag, n.value);
      return;
    }
    if (t.isDocumentSchema()) {
      Array.isArray(e) ? AC(t, e, !0, s) : qy(t, e, !0, s);
      return;
    }
    if (t.isBigDecimalSchema()) {
      ni(e);
      return;
    }
    qy(t, e, !0, s);
    return;
  }
  if (typeof e == 'string') {
    if (t.isBlobSchema()) {
      const n = (s?.base64Decoder ?? be)(e);
      el(n);
      return;
    }
    ss(e);
    return;
  }
  if (typeof e == 'number') {
    te(9), Number.isInteger(e) && e >= -9007199254740992 && e <= 9007199254740991 ? al(e) : Zy(e);
    return;
  }
  if (typeof e == 'boolean') {
    te(1), (F[$++] = 224 | (e ? 21 : 20));
    return;
  }
  if (typeof e == 'bigint') {
    sl(e);
    return;
  }
  ss(String(e));
}
function oU(t, e, r) {
  if (t.isUnionSchema()) {
    let f = !1;
    for (const [m, p] of t.structIterator()) {
      const h = e[m];
      if (h != null) {
        te(9), Ve(5, 1), ss(m), oi(p, h, t, r), (f = !0);
        break;
      }
    }
    if (!f) {
      const { $unknown: m } = e;
      Array.isArray(m) ? (te(9), Ve(5, 1), ss(m[0]), ni(m[1])) : (te(9), Ve(5, 0));
    }
    return;
  }
  let s = nl(t),
    { memberNames: o, memberSchemas: n, encodedKeys: i } = s,
    a = o.length,
    c;
  a < 24 ? (c = 1) : a < 256 ? (c = 2) : (c = 3), te(c);
  const u = $;
  $ += c;
  let l = 0;
  for (let f = 0; f < a; ++f) {
    const m = e[o[f]];
    if (m == null && !n[f].isIdempotencyToken()) continue;
    const p = i[f];
    te(p.length), F.set(p, $), ($ += p.length), oi(n[f], m, t, r), ++l;
  }
  if (typeof e.__type == 'string') for (const f in e) R(e, f) && (o.includes(f) || (ss(f), ni(e[f]), ++l));
  c === 1
    ? (F[u] = 160 | l)
    : c === 2
      ? ((F[u] = 184), (F[u + 1] = l))
      : ((F[u] = 185), (F[u + 1] = l >> 8), (F[u + 2] = l & 255));
}
function AC(t, e, r, s) {
  const o = !!t.getMergedTraits().sparse,
    n = t.getValueSchema();
  if (r || o) {
    const i = [];
    for (let a = 0; a < e.length; ++a) {
      const c = e[a];
      r ? c !== void 0 && i.push(c) : (c != null || o) && i.push(c);
    }
    te(9), Ve(4, i.length);
    for (let a = 0; a < i.length; ++a) oi(n, i[a], void 0, s);
  } else {
    let i = 0;
    for (let a = 0; a < e.length; ++a) e[a] != null && ++i;
    te(9), Ve(4, i);
    for (let a = 0; a < e.length; ++a) e[a] != null && oi(n, e[a], void 0, s);
  }
}
function qy(t, e, r, s) {
  const o = !!t.getMergedTraits().sparse,
    n = t.getValueSchema(),
    i = [];
  for (const a in e) {
    if (!R(e, a)) continue;
    const c = e[a];
    (r ? c !== void 0 : c != null || o) && i.push(a);
  }
  te(9), Ve(5, i.length);
  for (let a = 0; a < i.length; ++a) {
    const c = i[a];
    ss(c), oi(n, e[c], void 0, s);
  }
}
function ni(t) {
  if (t == null) {
    te(1), (F[$++] = 246);
    return;
  }
  if (typeof t == 'string') {
    ss(t);
    return;
  }
  if (typeof t == 'number') {
    te(9), Number.isInteger(t) && t >= -9007199254740992 && t <= 9007199254740991 ? al(t) : Zy(t);
    return;
  }
  if (typeof t == 'boolean') {
    te(1), (F[$++] = 224 | (t ? 21 : 20));
    return;
  }
  if (typeof t == 'bigint') {
    sl(t);
    return;
  }
  if (t instanceof Uint8Array) {
    el(t);
    return;
  }
  if (t instanceof Date) {
    Wy(t);
    return;
  }
  if (t instanceof z) {
    IC(t);
    return;
  }
  if (t[Hy]) {
    const e = t;
    CC(e.tag, e.value);
    return;
  }
  if (Array.isArray(t)) {
    te(9), Ve(4, t.length);
    for (let e = 0; e < t.length; ++e) ni(t[e]);
    return;
  }
  if (typeof t == 'object') {
    const e = Object.keys(t);
    te(9), Ve(5, e.length);
    for (let r = 0; r < e.length; ++r) ss(e[r]), ni(t[e[r]]);
    return;
  }
  ss(String(t));
}
function te(t) {
  if ($ + t > F.length) {
    let e = F.length * 2;
    for (; e < $ + t; ) e *= 2;
    const r = RC(e);
    r.set(F.subarray(0, $)), (F = r), (Bo = new DataView(r.buffer, r.byteOffset, r.byteLength));
  }
}
function Ve(t, e) {
  if (e < 24) F[$++] = (t << 5) | e;
  else if (e < 256) (F[$++] = (t << 5) | 24), (F[$++] = e);
  else if (e < 65536) (F[$++] = (t << 5) | 25), (F[$++] = e >> 8), (F[$++] = e & 255);
  else if (e < 4294967296) (F[$++] = (t << 5) | 26), Bo.setUint32($, e), ($ += 4);
  else {
    F[$++] = (t << 5) | 27;
    const r = (e / 4294967296) | 0,
      s = (e - r * 4294967296) | 0;
    Bo.setUint32($, r), Bo.setUint32($ + 4, s), ($ += 8);
  }
}
function vC(t, e) {
  const r = Number(e);
  if (r < 4294967296) {
    Ve(t, r);
    return;
  }
  (F[$++] = (t << 5) | 27), Bo.setBigUint64($, e), ($ += 8);
}
function ss(t) {
  const e = t.length;
  if (e <= 23) {
    const r = ti.get(t);
    if (r) {
      te(r.bytes.length), F.set(r.bytes, $), ($ += r.bytes.length), (r.epoch = Vy);
      return;
    }
    const s = $;
    TC(t, e);
    const o = $,
      n = Uint8Array.prototype.slice.call(F, s, o);
    if (ti.size >= xC) {
      if (_C) return;
      let i = 0;
      for (const [a, c] of ti) {
        if (i >= 1024) break;
        c.epoch !== Vy && (ti.delete(a), ++i);
      }
      if (i === 0) {
        _C = !0;
        return;
      }
    }
    ti.size < xC && ti.set(t, { epoch: Vy, bytes: n });
    return;
  }
  TC(t, e);
}
function TC(t, e) {
  if (il) {
    const r = e * 3;
    te(r + 9);
    const s = Buffer.byteLength(t);
    Ve(3, s), ($ += F.write(t, $));
  } else {
    const r = e * 3;
    te(r + 9);
    let s = $,
      n = sU.encodeInto(t, F.subarray(s + 9)).written,
      i;
    n < 24 ? (i = 1) : n < 256 ? (i = 2) : n < 65536 ? (i = 3) : n < 4294967296 ? (i = 5) : (i = 9),
      i < 9 && F.copyWithin(s + i, s + 9, s + 9 + n),
      ($ = s),
      Ve(3, n),
      ($ += n);
  }
}
function Zy(t) {
  te(9), (F[$++] = 251), Bo.setFloat64($, t), ($ += 8);
}
function al(t) {
  te(9);
  const e = t >= 0,
    r = e ? 0 : 1,
    s = e ? t : -t - 1;
  Ve(r, s);
}
function sl(t) {
  const e = t >= 0,
    r = e ? 0 : 1,
    s = e ? t : -t - BigInt(1);
  if (s < BigInt('18446744073709551616')) te(9), vC(r, s);
  else {
    let o = s.toString(2),
      n = Math.ceil(o.length / 8),
      i = new Uint8Array(n),
      a = s;
    for (let c = n - 1; c >= 0; --c) (i[c] = Number(a & BigInt(255))), (a >>= BigInt(8));
    te(n + 16), (F[$++] = e ? 194 : 195), Ve(2, n), F.set(i, $), ($ += n);
  }
}
function el(t) {
  te(t.length + 9), Ve(2, t.length), F.set(t, $), ($ += t.length);
}
function CC(t, e) {
  te(9), typeof t == 'bigint' ? vC(6, t) : Ve(6, t), ni(e);
}
function IC(t) {
  let e = t.string,
    r = BigInt(0),
    s = e.search(/[eE]/);
  s !== -1 && ((r = BigInt(e.slice(s + 1))), (e = e.slice(0, s)));
  const o = e.indexOf('.'),
    n = o === -1 ? 0 : e.length - o - 1,
    i = r - BigInt(n),
    a = BigInt(e.replace('.', ''));
  te(9),
    (F[$++] = 196),
    Ve(4, 2),
    te(9),
    i >= -0x20000000000000n && i <= 0x1fffffffffffffn ? al(Number(i)) : sl(i),
    sl(a);
}
function Wy(t) {
  te(18), Ve(6, 1);
  const e = t.getTime() / 1e3;
  Number.isInteger(e) ? al(e) : Zy(e);
}
var rl,
  bC,
  il,
  sU,
  jy,
  F,
  Bo,
  $,
  xC,
  ti,
  Vy,
  _C,
  eS = d(() => {
    L();
    D();
    q();
    M();
    wC();
    (rl = class extends Ue {
      write(e, r) {
        $ = 0;
        const s = T.of(e);
        oi(s, r, void 0, this.serdeContext);
      }
      flush() {
        const e = F.subarray(0, $);
        return (($ = 0), (F = RC(jy)), (Bo = new DataView(F.buffer, F.byteOffset, F.byteLength)), e);
      }
    }),
      (bC = Symbol.for('@smithy/cbor-struct-cache'));
    (il = typeof Buffer < 'u'),
      (sU = new TextEncoder()),
      (jy = 2048),
      (F = il ? Buffer.allocUnsafe(jy) : new Uint8Array(jy)),
      (Bo = new DataView(F.buffer, F.byteOffset, F.byteLength)),
      ($ = 0),
      (xC = 2048),
      (ti = new Map()),
      (Vy = 0),
      (_C = !1);
  });
function Dt(t) {
  if (v >= qe) throw new Error('unexpected end of CBOR payload.');
  const e = (_e[v] & 224) >> 5;
  if ((_e[v] & 31) === 31 && e >= 2 && e <= 5) return uU(t, e);
  switch (e) {
    case 0:
      return pU();
    case 1:
      return hU();
    case 2:
      return fl();
    case 3:
      return ii();
    case 4:
      return nU(t);
    case 5:
      return iU(t);
    case 6:
      return cU(t);
    case 7:
      return yU();
    default:
      throw new Error(`unexpected CBOR major type ${e}.`);
  }
}
function nU(t) {
  const e = ll(),
    r = t.isListSchema() ? t.getValueSchema() : t,
    s = Array(e);
  for (let o = 0; o < e; ++o) s[o] = Dt(r);
  return s;
}
function iU(t) {
  const e = ll();
  if (t.isStructSchema()) return aU(t, e, v);
  const r = t.isMapSchema() ? t.getValueSchema() : t,
    s = {};
  for (let o = 0; o < e; ++o) {
    const n = ii();
    s[n] = Dt(r);
  }
  return s;
}
function aU(t, e, r) {
  let s = t.isUnionSchema(),
    o = nl(t),
    { memberSchemas: n, encodedKeys: i, memberNames: a } = o,
    c = i.length,
    u = {},
    l,
    f,
    m = 0,
    p = !1,
    h = 0;
  for (let y = 0; y < e; ++y) {
    const g = PC(i, c, h);
    if (g >= 0) {
      (h = g + 1), h >= c && (h = 0);
      const w = Dt(n[g]);
      w != null && (u[a[g]] = w);
    } else {
      const w = ii(),
        b = Dt(T.of(15));
      w === '__type' && typeof b == 'string' ? (p = !0) : ((l = w), (f = b), ++m);
    }
  }
  if (s) {
    let y = !0;
    for (const g in u)
      if (R(u, g)) {
        y = !1;
        break;
      }
    y && m === 1 && (u.$unknown = [l, f]);
  } else if (p) {
    v = r;
    const y = T.of(15);
    for (let g = 0; g < e; ++g) {
      const w = ii(),
        b = Dt(y);
      w in u || (u[w] = b);
    }
  }
  return u;
}
function cU(t) {
  const e = dl(),
    r = typeof e == 'bigint' ? Number(e) : e;
  if (r === 1) {
    const n = T.of(15),
      i = Dt(n);
    return vs(i);
  }
  if (r === 2 || r === 3) {
    let n = fl(),
      i = BigInt(0);
    for (let a = 0; a < n.length; ++a) i = (i << BigInt(8)) | BigInt(n[a]);
    return r === 3 ? -i - BigInt(1) : i;
  }
  if (r === 4) {
    let n = T.of(15),
      i = Dt(n),
      [a, c] = i,
      u = c < 0 ? -1 : 1,
      l = BigInt(u) * BigInt(c),
      f = String(l),
      m = c < 0 ? '-' : '',
      p;
    if (typeof a == 'number' && Math.abs(a) <= 2 ** 28) {
      const y = a,
        g = '0'.repeat(Math.abs(y) + 1) + f;
      (p = y === 0 ? g : g.slice(0, g.length + y) + '.' + g.slice(y)),
        (p = p.replace(/^0+/g, '')),
        p === '' && (p = '0'),
        p[0] === '.' && (p = '0' + p),
        (p = m + p);
    } else {
      const y = BigInt(a);
      if (f.length === 1) p = m + f + 'e' + String(y);
      else {
        const g = y + BigInt(f.length - 1);
        p = m + f[0] + '.' + f.slice(1) + 'e' + String(g);
      }
    }
    return Uc(p);
  }
  const s = T.of(15),
    o = Dt(s);
  return { tag: kC(e), value: o };
}
function uU(t, e) {
  switch (e) {
    case 3:
      return dU();
    case 2:
      return lU();
    case 4:
      return fU(t);
    case 5:
      return mU(t);
    default:
      throw new Error(`unexpected indefinite length for major ${e}.`);
  }
}
function dU() {
  v += 1;
  let t = [],
    e = 0;
  for (; v < qe; ) {
    if (_e[v] === 255) {
      v += 1;
      let s = new Uint8Array(e),
        o = 0;
      for (let n = 0; n < t.length; ++n) s.set(t[n], o), (o += t[n].length);
      return MC ? Buffer.from(s.buffer, s.byteOffset, s.byteLength).toString('utf-8') : rS.decode(s);
    }
    const r = fl();
    t.push(r), (e += r.length);
  }
  throw new Error('expected break marker.');
}
function lU() {
  v += 1;
  let t = [],
    e = 0;
  for (; v < qe; ) {
    if (_e[v] === 255) {
      v += 1;
      let s = new Uint8Array(e),
        o = 0;
      for (let n = 0; n < t.length; ++n) s.set(t[n], o), (o += t[n].length);
      return s;
    }
    const r = fl();
    t.push(r), (e += r.length);
  }
  throw new Error('expected break marker.');
}
function fU(t) {
  v += 1;
  const e = t.isListSchema() ? t.getValueSchema() : t,
    r = [];
  for (; v < qe; ) {
    if (_e[v] === 255) return ((v += 1), r);
    r.push(Dt(e));
  }
  throw new Error('expected break marker.');
}
function mU(t) {
  if (((v += 1), t.isStructSchema())) {
    let s = nl(t),
      { memberSchemas: o, encodedKeys: n, memberNames: i } = s,
      a = n.length,
      c = t.isUnionSchema(),
      u = {},
      l,
      f,
      m = 0,
      p = 0;
    for (; v < qe; ) {
      if (_e[v] === 255) {
        if (((v += 1), c)) {
          let y = !0;
          for (const g in u)
            if (R(u, g)) {
              y = !1;
              break;
            }
          y && m === 1 && (u.$unknown = [l, f]);
        }
        return u;
      }
      const h = PC(n, a, p);
      if (h >= 0) {
        (p = h + 1), p >= a && (p = 0);
        const y = Dt(o[h]);
        y != null && (u[i[h]] = y);
      } else {
        const y = ii(),
          g = Dt(T.of(15));
        y !== '__type' && ((l = y), (f = g), ++m);
      }
    }
    throw new Error('expected break marker.');
  }
  const e = t.isMapSchema() ? t.getValueSchema() : t,
    r = {};
  for (; v < qe; ) {
    if (_e[v] === 255) return ((v += 1), r);
    const s = ii();
    r[s] = Dt(e);
  }
  throw new Error('expected break marker.');
}
function PC(t, e, r) {
  const s = t[r];
  if (v + s.length <= qe && OC(v, s)) return ((v += s.length), r);
  for (let o = 0; o < e; ++o) {
    if (o === r) continue;
    const n = t[o];
    if (v + n.length <= qe && OC(v, n)) return ((v += n.length), o);
  }
  return -1;
}
function OC(t, e) {
  const r = e.length;
  if (_e[t] !== e[0]) return !1;
  for (let s = 1; s < r; ++s) if (_e[t + s] !== e[s]) return !1;
  return !0;
}
function dl() {
  const t = _e[v] & 31;
  if (t < 24) return ((v += 1), t);
  switch (t) {
    case 24:
      return (qe - v < 2 && Ss(1), (v += 2), _e[v - 1]);
    case 25:
      return (qe - v < 3 && Ss(2), (v += 3), so.getUint16(v - 2));
    case 26:
      return (qe - v < 5 && Ss(4), (v += 5), so.getUint32(v - 4));
    case 27: {
      qe - v < 9 && Ss(8), (v += 9);
      const e = so.getUint32(v - 8);
      return e < 2097152 ? e * 4294967296 + so.getUint32(v - 4) : so.getBigUint64(v - 8);
    }
    default:
      throw new Error(`unexpected minor value ${t}.`);
  }
}
function ll() {
  const t = dl();
  return typeof t == 'bigint' ? Number(t) : t;
}
function pU() {
  const t = dl();
  return kC(t);
}
function hU() {
  const t = dl();
  return typeof t == 'bigint' ? BigInt(-1) - t : -1 - t;
}
function fl() {
  const t = ll();
  qe - v < t && Ss(t);
  const e = v;
  return ((v += t), _e.subarray(e, e + t));
}
function ii() {
  const t = ll();
  qe - v < t && Ss(t);
  const e = v;
  return (
    (v += t), t < 24 ? gU(e, t) : sS ? _e.toString('utf-8', e, e + t) : rS.decode(_e.subarray(e, e + t))
  );
}
function gU(t, e) {
  let r = e;
  for (let i = 0; i < e; ++i) r = (r * 31 + _e[t + i]) | 0;
  const s = (r >>> 0) & (oS - 1),
    o = NC[s];
  if (o !== void 0 && o.length === e) {
    let i = !0;
    for (let a = 0; a < e; ++a)
      if (o.charCodeAt(a) !== _e[t + a]) {
        i = !1;
        break;
      }
    if (i) return ((tS[s] = Ra), o);
  }
  const n = sS ? _e.toString('utf-8', t, t + e) : rS.decode(_e.subarray(t, t + e));
  return (tS[s] !== Ra && ((NC[s] = n), (tS[s] = Ra)), n);
}
function yU() {
  const t = v,
    e = _e[t] & 31;
  switch (e) {
    case 21:
      return ((v = t + 1), !0);
    case 20:
      return ((v = t + 1), !1);
    case 22:
      return ((v = t + 1), null);
    case 23:
      return ((v = t + 1), null);
    case 25:
      return (qe - t < 3 && Ss(2), (v = t + 3), SU(_e[t + 1], _e[t + 2]));
    case 26:
      return (qe - t < 5 && Ss(4), (v = t + 5), so.getFloat32(t + 1));
    case 27:
      return (qe - t < 9 && Ss(8), (v = t + 9), so.getFloat64(t + 1));
    default:
      throw new Error(`unexpected minor value ${e} for major 7.`);
  }
}
function SU(t, e) {
  const r = t >> 7,
    s = (t & 124) >> 2,
    o = ((t & 3) << 8) | e,
    n = r === 0 ? 1 : -1;
  return s === 0
    ? o === 0
      ? 0
      : n * (2 ** -14 * (o / 1024))
    : s === 31
      ? o === 0
        ? n * (1 / 0)
        : NaN
      : n * (2 ** (s - 15) * (1 + o / 1024));
}
function kC(t) {
  if (typeof t == 'number') return t;
  const e = Number(t);
  return Number.MIN_SAFE_INTEGER <= e && e <= Number.MAX_SAFE_INTEGER ? e : t;
}
function Ss(t) {
  throw new Error(`CBOR: length ${t} greater than remaining buffer length.`);
}
function cl(t, e) {
  if (t.isTimestampSchema()) {
    if (typeof e == 'number') return vs(e);
    if (typeof e == 'object' && e !== null && e.tag === 1 && 'value' in e) return vs(e.value);
  }
  if (
    t.isBlobSchema() ||
    typeof e > 'u' ||
    typeof e == 'boolean' ||
    typeof e == 'number' ||
    typeof e == 'string' ||
    typeof e == 'bigint' ||
    typeof e == 'symbol' ||
    typeof e != 'object' ||
    e === null ||
    'byteLength' in e ||
    e instanceof Date ||
    e instanceof z ||
    t.isDocumentSchema()
  )
    return e;
  if (t.isListSchema()) {
    const s = t.getValueSchema(),
      o = [];
    for (const n of e) o.push(cl(s, n));
    return o;
  }
  const r = {};
  if (t.isMapSchema()) {
    const s = t.getValueSchema();
    for (const o in e) R(e, o) && (r[o] = cl(s, e[o]));
  } else if (t.isStructSchema()) {
    let s = t.isUnionSchema(),
      o;
    if (s) {
      o = new Set();
      for (const n in e) R(e, n) && n !== '__type' && o.add(n);
    }
    for (const [n, i] of t.structIterator()) s && o.delete(n), e[n] != null && (r[n] = cl(i, e[n]));
    if (s && o?.size === 1) {
      let n = !0;
      for (const i in r)
        if (R(r, i)) {
          n = !1;
          break;
        }
      if (n) {
        const i = o.values().next().value;
        r.$unknown = [i, e[i]];
      }
    } else if (typeof e.__type == 'string') for (const n in e) R(e, n) && (n in r || (r[n] = e[n]));
  }
  return r;
}
var ul,
  MC,
  rS,
  _e,
  sS,
  so,
  v,
  qe,
  oS,
  NC,
  tS,
  Ra,
  DC = d(() => {
    L();
    D();
    q();
    M();
    eS();
    (ul = class extends Ue {
      read(e, r) {
        return (
          (_e = r),
          (sS = MC && r instanceof Buffer),
          (so = new DataView(r.buffer, r.byteOffset, r.byteLength)),
          (v = 0),
          (qe = r.length),
          (Ra = (Ra + 1) & 65535),
          Dt(T.of(e))
        );
      }
      readValue(e, r) {
        return cl(T.of(e), r);
      }
    }),
      (MC = typeof Buffer < 'u'),
      (rS = new TextDecoder()),
      (_e = new Uint8Array(0)),
      (sS = !1),
      (so = new DataView(new ArrayBuffer(0))),
      (v = 0),
      (qe = 0),
      (oS = 2048),
      (NC = new Array(oS)),
      (tS = new Uint16Array(oS)),
      (Ra = 0);
  });
var ml,
  $C = d(() => {
    D();
    eS();
    DC();
    ml = class extends Ue {
      createSerializer() {
        const e = new rl();
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        const e = new ul();
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var va,
  LC = d(() => {
    D();
    q();
    $C();
    zy();
    va = class extends Us {
      codec = new ml();
      serializer = this.codec.createSerializer();
      deserializer = this.codec.createDeserializer();
      getShapeId() {
        return 'smithy.protocols#rpcv2Cbor';
      }
      getPayloadCodec() {
        return this.codec;
      }
      getSmithyProtocolHeaderValue() {
        return 'rpc-v2-cbor';
      }
      applyEmptyBody(e) {
        e.body || (this.serializer.write(15, {}), (e.body = this.serializer.flush())),
          e.body instanceof Uint8Array && (e.headers['content-length'] = String(e.body.byteLength));
      }
      async handleError(e, r, s, o, n) {
        const i = _a(s, o) ?? 'Unknown',
          a = ['*'],
          { defaultNamespace: c } = this.options;
        a.unshift(c);
        const [u, l] = i.includes('#') ? i.split('#') : [void 0, i];
        u && a.unshift(u);
        const f = { $metadata: n, $fault: s.statusCode < 500 ? 'client' : 'server' },
          m = [this.compositeErrorRegistry];
        u && m.push(ee.for(u)), m.push(ee.for(c));
        const [p, h, y] = this.resolveError(l, a, m);
        if (y === 'native' || y === 'synthetic') {
          o.Message && (o.message = o.Message);
          const A = y === 'synthetic' ? new h({ name: l }) : new Error(l);
          throw Object.assign(A, f, o);
        }
        const g = T.of(p),
          w = o.message ?? o.Message ?? 'Unknown',
          b = new h({}),
          _ = {};
        for (const [A, C] of g.structIterator()) _[A] = this.deserializer.readValue(C, o[A]);
        throw Object.assign(b, f, { $fault: g.getMergedTraits().error, message: w }, _);
      }
      getDefaultContentType() {
        return 'application/cbor';
      }
    };
  });
var BC = d(() => {
  zy();
  LC();
});
var wt,
  Fo = d(() => {
    P();
    q();
    wt = class {
      queryCompat;
      errorRegistry;
      constructor(e = !1) {
        this.queryCompat = e;
      }
      resolveRestContentType(e, r) {
        const s = r.getMemberSchemas(),
          o = Object.values(s).find((n) => !!n.getMergedTraits().httpPayload);
        if (o) {
          const n = o.getMergedTraits().mediaType;
          return n || (o.isStringSchema() ? 'text/plain' : o.isBlobSchema() ? 'application/octet-stream' : e);
        } else if (
          !r.isUnitSchema() &&
          Object.values(s).find((i) => {
            const {
              httpQuery: a,
              httpQueryParams: c,
              httpHeader: u,
              httpLabel: l,
              httpPrefixHeaders: f,
            } = i.getMergedTraits();
            return !a && !c && !u && !l && f === void 0;
          })
        )
          return e;
      }
      async getErrorSchemaOrThrowBaseException(e, r, s, o, n, i) {
        let a = e;
        e.includes('#') && ([, a] = e.split('#'));
        const c = { $metadata: n, $fault: s.statusCode < 500 ? 'client' : 'server' };
        if (!this.errorRegistry) throw new Error('@aws-sdk/core/protocols - error handler not initialized.');
        try {
          return {
            errorSchema: i?.(this.errorRegistry, a) ?? this.errorRegistry.getSchema(e),
            errorMetadata: c,
          };
        } catch {
          o.message = o.message ?? o.Message ?? 'UnknownError';
          const l = this.errorRegistry,
            f = l.getBaseException();
          if (f) {
            const h = l.getErrorCtor(f) ?? Error;
            throw this.decorateServiceException(Object.assign(new h({ name: a }), c), o);
          }
          const m = o,
            p = m?.message ?? m?.Message ?? m?.Error?.Message ?? m?.Error?.message;
          throw this.decorateServiceException(Object.assign(new Error(p), { name: a }, c), o);
        }
      }
      compose(e, r, s) {
        let o = s;
        r.includes('#') && ([o] = r.split('#'));
        const n = ee.for(o),
          i = ee.for('smithy.ts.sdk.synthetic.' + s);
        e.copyFrom(n), e.copyFrom(i), (this.errorRegistry = e);
      }
      decorateServiceException(e, r = {}) {
        if (this.queryCompat) {
          const s = e.Message ?? r.Message,
            o = So(e, r);
          s && (o.message = s);
          const n = o.Error ?? {};
          (n.Type = o.Error?.Type),
            (n.Code = o.Error?.Code),
            (n.Message = o.Error?.message ?? o.Error?.Message ?? s),
            (o.Error = n);
          const i = o.$metadata.requestId;
          return (i && (o.RequestId = i), o);
        }
        return So(e, r);
      }
      setQueryCompatError(e, r) {
        const s = r.headers?.['x-amzn-query-error'];
        if (e !== void 0 && s != null) {
          const [o, n] = s.split(';'),
            i = Object.keys(e),
            a = { Code: o, Type: n };
          (e.Code = o), (e.Type = n);
          for (let c = 0; c < i.length; c++) {
            const u = i[c];
            a[u === 'message' ? 'Message' : u] = e[u];
          }
          delete a.__type, (e.Error = a);
        }
      }
      queryCompatOutput(e, r) {
        e.Error && (r.Error = e.Error), e.Type && (r.Type = e.Type), e.Code && (r.Code = e.Code);
      }
      findQueryCompatibleError(e, r) {
        try {
          return e.getSchema(r);
        } catch {
          return e.find((o) => T.of(o).getMergedTraits().awsQueryError?.[0] === r);
        }
      }
    };
  });
var pl,
  FC = d(() => {
    BC();
    q();
    Fo();
    pl = class extends va {
      awsQueryCompatible;
      mixin;
      constructor({ defaultNamespace: e, errorTypeRegistries: r, awsQueryCompatible: s }) {
        super({ defaultNamespace: e, errorTypeRegistries: r }),
          (this.awsQueryCompatible = !!s),
          (this.mixin = new wt(this.awsQueryCompatible));
      }
      async serializeRequest(e, r, s) {
        const o = await super.serializeRequest(e, r, s);
        return (this.awsQueryCompatible && (o.headers['x-amzn-query-mode'] = 'true'), o);
      }
      async handleError(e, r, s, o, n) {
        this.awsQueryCompatible && this.mixin.setQueryCompatError(o, s);
        const i = (() => {
          const h = s.headers['x-amzn-query-error'];
          return h && this.awsQueryCompatible ? h.split(';')[0] : (_a(s, o) ?? 'Unknown');
        })();
        this.mixin.compose(this.compositeErrorRegistry, i, this.options.defaultNamespace);
        const { errorSchema: a, errorMetadata: c } = await this.mixin.getErrorSchemaOrThrowBaseException(
            i,
            this.options.defaultNamespace,
            s,
            o,
            n,
            this.awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0,
          ),
          u = T.of(a),
          l = o.message ?? o.Message ?? 'UnknownError',
          f = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          m = new f({}),
          p = {};
        for (const [h, y] of u.structIterator())
          o[h] != null && (p[h] = this.deserializer.readValue(y, o[h]));
        throw (
          this.awsQueryCompatible && this.mixin.queryCompatOutput(o, p),
          this.mixin.decorateServiceException(
            Object.assign(m, c, { $fault: u.getMergedTraits().error, message: l }, p),
            o,
          )
        );
      }
    };
  });
var oo,
  hl = d(() => {
    D();
    q();
    Fo();
    oo = class extends Br {
      serializer;
      deserializer;
      serviceTarget;
      codec;
      mixin;
      awsQueryCompatible;
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        serviceTarget: s,
        awsQueryCompatible: o,
        jsonCodec: n,
      }) {
        super({ defaultNamespace: e, errorTypeRegistries: r }),
          (this.serviceTarget = s),
          (this.codec = n ?? new qt({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 })),
          (this.serializer = this.codec.createSerializer()),
          (this.deserializer = this.codec.createDeserializer()),
          (this.awsQueryCompatible = !!o),
          (this.mixin = new wt(this.awsQueryCompatible));
      }
      async serializeRequest(e, r, s) {
        const o = await super.serializeRequest(e, r, s);
        return (
          o.path.endsWith('/') || (o.path += '/'),
          (o.headers['content-type'] = `application/x-amz-json-${this.getJsonRpcVersion()}`),
          (o.headers['x-amz-target'] = `${this.serviceTarget}.${e.name}`),
          this.awsQueryCompatible && (o.headers['x-amzn-query-mode'] = 'true'),
          (Ft(e.input) === 'unit' || !o.body) && (o.body = '{}'),
          o
        );
      }
      getPayloadCodec() {
        return this.codec;
      }
      async handleError(e, r, s, o, n) {
        const { awsQueryCompatible: i } = this;
        i && this.mixin.setQueryCompatError(o, s);
        const a = Bn(s, o, i) ?? 'Unknown';
        this.mixin.compose(this.compositeErrorRegistry, a, this.options.defaultNamespace);
        const { errorSchema: c, errorMetadata: u } = await this.mixin.getErrorSchemaOrThrowBaseException(
            a,
            this.options.defaultNamespace,
            s,
            o,
            n,
            i ? this.mixin.findQueryCompatibleError : void 0,
          ),
          l = T.of(c),
          f = o.message ?? o.Message ?? 'UnknownError',
          m = this.compositeErrorRegistry.getErrorCtor(c) ?? Error,
          p = new m({}),
          h = {},
          y = this.codec.createDeserializer();
        for (const [g, w] of l.structIterator()) o[g] != null && (h[g] = y.readObject(w, o[g]));
        throw (
          i && this.mixin.queryCompatOutput(o, h),
          this.mixin.decorateServiceException(
            Object.assign(p, u, { $fault: l.getMergedTraits().error, message: f }, h),
            o,
          )
        );
      }
    };
  });
var gl,
  UC = d(() => {
    hl();
    gl = class extends oo {
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        serviceTarget: s,
        awsQueryCompatible: o,
        jsonCodec: n,
      }) {
        super({
          defaultNamespace: e,
          errorTypeRegistries: r,
          serviceTarget: s,
          awsQueryCompatible: o,
          jsonCodec: n,
        });
      }
      getShapeId() {
        return 'aws.protocols#awsJson1_0';
      }
      getJsonRpcVersion() {
        return '1.0';
      }
      getDefaultContentType() {
        return 'application/x-amz-json-1.0';
      }
    };
  });
var yl,
  HC = d(() => {
    hl();
    yl = class extends oo {
      constructor({
        defaultNamespace: e,
        errorTypeRegistries: r,
        serviceTarget: s,
        awsQueryCompatible: o,
        jsonCodec: n,
      }) {
        super({
          defaultNamespace: e,
          errorTypeRegistries: r,
          serviceTarget: s,
          awsQueryCompatible: o,
          jsonCodec: n,
        });
      }
      getShapeId() {
        return 'aws.protocols#awsJson1_1';
      }
      getJsonRpcVersion() {
        return '1.1';
      }
      getDefaultContentType() {
        return 'application/x-amz-json-1.1';
      }
    };
  });
var os,
  zC = d(() => {
    D();
    q();
    Fo();
    os = class extends Fs {
      serializer;
      deserializer;
      codec;
      mixin = new wt();
      constructor({ defaultNamespace: e, errorTypeRegistries: r, jsonCodec: s }) {
        super({ defaultNamespace: e, errorTypeRegistries: r });
        const o = { timestampFormat: { useTrait: !0, default: 7 }, httpBindings: !0, jsonName: !0 };
        (this.codec = s ?? new qt(o)),
          (this.serializer = new Vs(this.codec.createSerializer(), o)),
          (this.deserializer = new zs(this.codec.createDeserializer(), o));
      }
      getShapeId() {
        return 'aws.protocols#restJson1';
      }
      getPayloadCodec() {
        return this.codec;
      }
      setSerdeContext(e) {
        this.codec.setSerdeContext(e), super.setSerdeContext(e);
      }
      async serializeRequest(e, r, s) {
        const o = await super.serializeRequest(e, r, s),
          n = T.of(e.input);
        if (!o.headers['content-type']) {
          const i = this.mixin.resolveRestContentType(this.getDefaultContentType(), n);
          i && (o.headers['content-type'] = i);
        }
        return (
          o.body == null && o.headers['content-type'] === this.getDefaultContentType() && (o.body = '{}'), o
        );
      }
      async deserializeResponse(e, r, s) {
        const o = await super.deserializeResponse(e, r, s),
          n = T.of(e.output);
        for (const [i, a] of n.structIterator())
          a.getMemberTraits().httpPayload && !(i in o) && (o[i] = null);
        return o;
      }
      async handleError(e, r, s, o, n) {
        const i = Ln(s, o) ?? 'Unknown';
        this.mixin.compose(this.compositeErrorRegistry, i, this.options.defaultNamespace);
        const { errorSchema: a, errorMetadata: c } = await this.mixin.getErrorSchemaOrThrowBaseException(
            i,
            this.options.defaultNamespace,
            s,
            o,
            n,
          ),
          u = T.of(a),
          l = o.message ?? o.Message ?? 'UnknownError',
          f = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          m = new f({});
        await this.deserializeHttpMessage(a, r, s, o);
        const p = {},
          h = this.codec.createDeserializer();
        for (const [y, g] of u.structIterator()) {
          const w = g.getMergedTraits().jsonName ?? y;
          p[y] = h.readObject(g, o[w]);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(m, c, { $fault: u.getMergedTraits().error, message: l }, p),
          o,
        );
      }
      getDefaultContentType() {
        return 'application/json';
      }
    };
  });
var Sl,
  VC = d(() => {
    D();
    q();
    Fo();
    Sl = class extends Hn {
      awsQueryCompatible;
      mixin;
      constructor({ defaultNamespace: e, errorTypeRegistries: r, awsQueryCompatible: s }) {
        super({ defaultNamespace: e, errorTypeRegistries: r }),
          (this.awsQueryCompatible = !!s),
          (this.mixin = new wt(this.awsQueryCompatible));
      }
      async serializeRequest(e, r, s) {
        const o = await super.serializeRequest(e, r, s);
        return (this.awsQueryCompatible && (o.headers['x-amzn-query-mode'] = 'true'), o);
      }
      async handleError(e, r, s, o, n) {
        this.awsQueryCompatible && this.mixin.setQueryCompatError(o, s);
        const i = (() => {
          const y = s.headers['x-amzn-query-error'];
          return y && this.awsQueryCompatible ? y.split(';')[0] : (Fn(s, o) ?? 'Unknown');
        })();
        this.mixin.compose(this.compositeErrorRegistry, i, this.options.defaultNamespace);
        const { errorSchema: a, errorMetadata: c } = await this.mixin.getErrorSchemaOrThrowBaseException(
            i,
            this.options.defaultNamespace,
            s,
            o,
            n,
            this.awsQueryCompatible ? this.mixin.findQueryCompatibleError : void 0,
          ),
          u = T.of(a),
          l = o.message ?? o.Message ?? 'UnknownError',
          f = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          m = new f({}),
          p = {},
          h = this.getPayloadCodec().createDeserializer();
        for (const [y, g] of u.structIterator()) o[y] != null && (p[y] = h.readObject(g, o[y]));
        throw (
          this.awsQueryCompatible && this.mixin.queryCompatOutput(o, p),
          this.mixin.decorateServiceException(
            Object.assign(m, c, { $fault: u.getMergedTraits().error, message: l }, p),
            o,
          )
        );
      }
    };
  });
var bl = $e((wl) => {
  var EU = /[&<>"]/g,
    wU = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
  function bU(t) {
    return t.replace(EU, (e) => wU[e]);
  }
  var xU = /[&"'<>\r\n\u0085\u2028]/g,
    _U = {
      '&': '&amp;',
      '"': '&quot;',
      "'": '&apos;',
      '<': '&lt;',
      '>': '&gt;',
      '\r': '&#x0D;',
      '\n': '&#x0A;',
      '\x85': '&#x85;',
      '\u2028': '&#x2028;',
    };
  function AU(t) {
    return t.replace(xU, (e) => _U[e]);
  }
  var El = class {
      value;
      constructor(e) {
        this.value = e;
      }
      toString() {
        return AU('' + this.value);
      }
    },
    iS = class t {
      name;
      children;
      attributes = {};
      static of(e, r, s) {
        const o = new t(e);
        return (r !== void 0 && o.addChildNode(new El(r)), s !== void 0 && o.withName(s), o);
      }
      constructor(e, r = []) {
        (this.name = e), (this.children = r);
      }
      withName(e) {
        return ((this.name = e), this);
      }
      addAttribute(e, r) {
        return ((this.attributes[e] = r), this);
      }
      addChildNode(e) {
        return (this.children.push(e), this);
      }
      removeAttribute(e) {
        return (delete this.attributes[e], this);
      }
      n(e) {
        return ((this.name = e), this);
      }
      c(e) {
        return (this.children.push(e), this);
      }
      a(e, r) {
        return (r != null && (this.attributes[e] = r), this);
      }
      cc(e, r, s = r) {
        if (e[r] != null) {
          const o = t.of(r, e[r]).withName(s);
          this.c(o);
        }
      }
      l(e, r, s, o) {
        e[r] != null &&
          o().map((i) => {
            i.withName(s), this.c(i);
          });
      }
      lc(e, r, s, o) {
        if (e[r] != null) {
          const n = o(),
            i = new t(s);
          n.map((a) => {
            i.c(a);
          }),
            this.c(i);
        }
      }
      toString() {
        let e = !!this.children.length,
          r = `<${this.name}`,
          s = this.attributes;
        for (const o of Object.keys(s)) {
          const n = s[o];
          n != null && (r += ` ${o}="${bU('' + n)}"`);
        }
        return (r += e ? `>${this.children.map((o) => o.toString()).join('')}</${this.name}>` : '/>');
      }
    };
  function nS(t) {
    Object.defineProperty(t, '__proto__', { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
  }
  function TU(t) {
    return new aS(t).parse();
  }
  var aS = class t {
    x;
    i = 0;
    z;
    constructor(e) {
      (this.x = e),
        (this.x = e.replace(
          /\r\n?/g,
          `
`,
        )),
        (this.z = this.x.length);
    }
    parse() {
      const { z: r } = this;
      for (; this.i < r && (this.trim(), !(this.i >= r)); )
        if (this.isNext('<?')) this.readTo('?>'), this.trim();
        else if (this.isNext('<!--')) this.readTo('-->'), this.trim();
        else if (this.isNext('<!DOCTYPE', !1)) this.skipDoctype(), this.trim();
        else if (this.x[this.i] === '<') {
          const s = this.parseTag();
          return { [s.tag]: s.value };
        } else throw new Error('@aws-sdk XML parse error: unexpected content.');
      throw new Error('@aws-sdk XML parse error: no root element.');
    }
    isNext(e, r = !0) {
      return r ? this.x.startsWith(e, this.i) : this.x.toLowerCase().startsWith(e.toLowerCase(), this.i);
    }
    readTo(e) {
      const s = this.x.indexOf(e, this.i);
      if (s === -1) throw new Error(`@aws-sdk XML parse error: expected "${e}" not found.`);
      const o = this.x.slice(this.i, s);
      return ((this.i = s + e.length), o);
    }
    trim() {
      for (
        ;
        this.i < this.z &&
        ` 	\r
`.includes(this.x[this.i]);
      )
        ++this.i;
    }
    readAttrValue() {
      const r = this.x[this.i];
      ++this.i;
      let s = '';
      for (; this.i < this.z && this.x[this.i] !== r; ) s += this.x[this.i++];
      return (++this.i, this.decodeEntities(s));
    }
    parseTag() {
      ++this.i;
      let r = '';
      for (
        ;
        this.i < this.z &&
        !` 	\r
>/`.includes(this.x[this.i]);
      )
        r += this.x[this.i++];
      let s = !1,
        o = {};
      for (; this.i < this.z && (this.trim(), !'>/'.includes(this.x[this.i])); ) {
        let l = '';
        for (
          ;
          this.i < this.z &&
          !`= 	\r
>/?`.includes(this.x[this.i]);
        )
          l += this.x[this.i++];
        if ((this.trim(), this.x[this.i] !== '=')) break;
        ++this.i, this.trim(), l === '__proto__' && nS(o), (o[l] = this.readAttrValue()), (s = !0);
      }
      if (this.i >= this.z) throw new Error('@aws-sdk XML parse error: unexpected end of input.');
      if (this.x[this.i] === '/') {
        if ((++this.i, this.i >= this.z || this.x[this.i] !== '>'))
          throw new Error('@aws-sdk XML parse error: expected > at the end of self-closing tag.');
        return (++this.i, { tag: r, value: s ? o : '' });
      }
      if (this.x[this.i] !== '>')
        throw new Error('@aws-sdk XML parse error: expected > at the end of opening tag.');
      ++this.i;
      let n = [],
        i = [],
        a = !1;
      for (; this.i < this.z && !this.isNext('</'); )
        if (this.x[this.i] === '<')
          this.isNext('<!--')
            ? this.readTo('-->')
            : this.isNext('<![CDATA[')
              ? ((this.i += 9), n.push(this.readTo(']]>')))
              : this.isNext('<?')
                ? this.readTo('?>')
                : ((a = !0), i.push(this.parseTag()));
        else {
          let l = '';
          for (; this.i < this.z && this.x[this.i] !== '<'; ) l += this.x[this.i++];
          n.push(this.decodeEntities(l));
        }
      if (!this.isNext('</')) throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);
      this.i += 2;
      const c = this.readTo('>').trim();
      if (c !== r) throw new Error(`@aws-sdk XML parse error: mismatched tags <${r}> and </${c}>.`);
      if (!s && n.length === 0 && !a) return { tag: r, value: '' };
      if (!s && !a) {
        const l = n.length === 1 ? n[0] : n.join('');
        return l.trim() === '' &&
          l.includes(`
`)
          ? { tag: r, value: '' }
          : { tag: r, value: l };
      }
      const u = {};
      for (const l of n)
        (l.trim() === '' &&
          l.includes(`
`)) ||
          (u['#text'] = '#text' in u ? u['#text'] + l : l);
      for (const l of i)
        l.tag === '__proto__' && nS(u),
          l.tag in u
            ? Array.isArray(u[l.tag])
              ? u[l.tag].push(l.value)
              : (u[l.tag] = [u[l.tag], l.value])
            : (u[l.tag] = l.value);
      for (const [l, f] of Object.entries(o)) l === '__proto__' && nS(u), (u[l] = f);
      return { tag: r, value: u };
    }
    static ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    skipDoctype() {
      this.i += 9;
      let r = 0;
      for (; this.i < this.z; ) {
        const s = this.x[this.i];
        if (s === '[') ++r;
        else if (s === ']') --r;
        else if (s === '>' && r === 0) {
          ++this.i;
          return;
        }
        ++this.i;
      }
      throw new Error('@aws-sdk XML parse error: unclosed DOCTYPE.');
    }
    decodeEntities(e) {
      return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g, (r, s, o, n) =>
        s
          ? String.fromCharCode(parseInt(s, 16))
          : o
            ? String.fromCharCode(parseInt(o, 10))
            : (t.ENTITIES[n] ?? ''),
      );
    }
  };
  wl.XmlNode = iS;
  wl.XmlText = El;
  wl.parseXML = TU;
});
var ns,
  Ca = d(() => {
    ns = class {
      serdeContext;
      setSerdeContext(e) {
        this.serdeContext = e;
      }
    };
  });
var xl,
  qC = d(() => {
    xl = class {
      from;
      to;
      keys;
      constructor(e, r) {
        (this.from = e), (this.to = r);
        const s = Object.keys(this.from),
          o = new Set(s);
        o.delete('__type'), (this.keys = o);
      }
      mark(e) {
        this.keys.delete(e);
      }
      hasUnknown() {
        return this.keys.size === 1 && Object.keys(this.to).length === 0;
      }
      writeUnknown() {
        if (this.hasUnknown()) {
          const e = this.keys.values().next().value,
            r = this.from[e];
          this.to.$unknown = [e, r];
        }
      }
    };
  });
function jC(t) {
  Object.defineProperty(t, '__proto__', { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
}
var WC = d(() => {});
var GC,
  no,
  _l = d(() => {
    GC = we(bl());
    P();
    D();
    q();
    M();
    Ca();
    qC();
    WC();
    no = class extends ns {
      settings;
      stringDeserializer;
      constructor(e) {
        super(), (this.settings = e), (this.stringDeserializer = new Hs(e));
      }
      setSerdeContext(e) {
        (this.serdeContext = e), this.stringDeserializer.setSerdeContext(e);
      }
      read(e, r, s) {
        const o = T.of(e),
          n = o.getMemberSchemas();
        if (
          o.isStructSchema() &&
          o.isMemberSchema() &&
          Object.values(n).find((u) => !!u.getMemberTraits().eventPayload)
        ) {
          const u = {},
            l = Object.keys(n)[0];
          return (n[l].isBlobSchema() ? (u[l] = r) : (u[l] = this.read(n[l], r)), u);
        }
        const a = (this.serdeContext?.utf8Encoder ?? de)(r),
          c = this.parseXml(a);
        return this.readSchema(e, s ? c[s] : c);
      }
      readSchema(e, r) {
        const s = T.of(e);
        if (s.isUnitSchema()) return;
        const o = s.getMergedTraits();
        if (s.isListSchema() && !Array.isArray(r)) return this.readSchema(s, [r]);
        if (r == null) return r;
        if (typeof r == 'object') {
          const n = !!o.xmlFlattened;
          if (s.isListSchema()) {
            const a = s.getValueSchema(),
              c = [],
              u = a.getMergedTraits().xmlName ?? 'member',
              l = n ? r : (r[0] ?? r)[u];
            if (l == null) return c;
            const f = Array.isArray(l) ? l : [l];
            for (const m of f) c.push(this.readSchema(a, m));
            return c;
          }
          const i = {};
          if (s.isMapSchema()) {
            let a = s.getKeySchema(),
              c = s.getValueSchema(),
              u;
            n ? (u = Array.isArray(r) ? r : [r]) : (u = Array.isArray(r.entry) ? r.entry : [r.entry]);
            const l = a.getMergedTraits().xmlName ?? 'key',
              f = c.getMergedTraits().xmlName ?? 'value';
            for (const m of u) {
              const p = m[l],
                h = m[f];
              p === '__proto__' && jC(i), (i[p] = this.readSchema(c, h));
            }
            return i;
          }
          if (s.isStructSchema()) {
            let a = s.isUnionSchema(),
              c;
            a && (c = new xl(r, i));
            for (const [u, l] of s.structIterator()) {
              const f = l.getMergedTraits(),
                m = f.httpPayload ? (f.xmlName ?? l.getName()) : (l.getMemberTraits().xmlName ?? u);
              a && c.mark(m), r[m] != null && (i[u] = this.readSchema(l, r[m]));
            }
            return (a && c.writeUnknown(), i);
          }
          if (s.isDocumentSchema()) return r;
          throw new Error(
            `@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${s.getName(!0)}`,
          );
        }
        return s.isListSchema()
          ? []
          : s.isMapSchema() || s.isStructSchema()
            ? {}
            : this.stringDeserializer.read(s, r);
      }
      parseXml(e) {
        if (e.length) {
          let r;
          try {
            r = (0, GC.parseXML)(e);
          } catch (i) {
            throw (
              i && typeof i == 'object' && Object.defineProperty(i, '$responseBodyText', { value: e }), i
            );
          }
          const s = '#text',
            o = Object.keys(r)[0],
            n = r[o];
          return (n[s] && ((n[o] = n[s]), delete n[s]), wo(n));
        }
        return {};
      }
    };
  });
var ai,
  cS = d(() => {
    D();
    q();
    M();
    M();
    Ca();
    ai = class extends ns {
      settings;
      buffer;
      constructor(e) {
        super(), (this.settings = e);
      }
      write(e, r, s = '') {
        this.buffer === void 0 && (this.buffer = '');
        const o = T.of(e);
        if ((s && !s.endsWith('.') && (s += '.'), o.isBlobSchema()))
          (typeof r == 'string' || r instanceof Uint8Array) &&
            (this.writeKey(s), this.writeValue((this.serdeContext?.base64Encoder ?? ue)(r)));
        else if (o.isBooleanSchema() || o.isNumericSchema() || o.isStringSchema())
          r != null
            ? (this.writeKey(s), this.writeValue(String(r)))
            : o.isIdempotencyToken() && (this.writeKey(s), this.writeValue(Pt()));
        else if (o.isBigIntegerSchema()) r != null && (this.writeKey(s), this.writeValue(String(r)));
        else if (o.isBigDecimalSchema())
          r != null && (this.writeKey(s), this.writeValue(r instanceof z ? r.string : String(r)));
        else if (o.isTimestampSchema()) {
          if (r instanceof Date)
            switch ((this.writeKey(s), gt(o, this.settings))) {
              case 5:
                this.writeValue(r.toISOString().replace('.000Z', 'Z'));
                break;
              case 6:
                this.writeValue(vt(r));
                break;
              case 7:
                this.writeValue(String(r.getTime() / 1e3));
                break;
            }
        } else if (o.isDocumentSchema())
          Array.isArray(r)
            ? this.write(79, r, s)
            : r instanceof Date
              ? this.write(4, r, s)
              : r instanceof Uint8Array
                ? this.write(21, r, s)
                : r && typeof r == 'object'
                  ? this.write(143, r, s)
                  : (this.writeKey(s), this.writeValue(String(r)));
        else if (o.isListSchema()) {
          if (Array.isArray(r))
            if (r.length === 0) this.settings.serializeEmptyLists && (this.writeKey(s), this.writeValue(''));
            else {
              let n = o.getValueSchema(),
                i = this.settings.flattenLists || o.getMergedTraits().xmlFlattened,
                a = 1;
              for (const c of r) {
                if (c == null) continue;
                const u = n.getMergedTraits(),
                  l = this.getKey('member', u.xmlName, u.ec2QueryName),
                  f = i ? `${s}${a}` : `${s}${l}.${a}`;
                this.write(n, c, f), ++a;
              }
            }
        } else if (o.isMapSchema()) {
          if (r && typeof r == 'object') {
            let n = o.getKeySchema(),
              i = o.getValueSchema(),
              a = o.getMergedTraits().xmlFlattened,
              c = 1;
            for (const u in r) {
              const l = r[u];
              if (l == null) continue;
              const f = n.getMergedTraits(),
                m = this.getKey('key', f.xmlName, f.ec2QueryName),
                p = a ? `${s}${c}.${m}` : `${s}entry.${c}.${m}`,
                h = i.getMergedTraits(),
                y = this.getKey('value', h.xmlName, h.ec2QueryName),
                g = a ? `${s}${c}.${y}` : `${s}entry.${c}.${y}`;
              this.write(n, u, p), this.write(i, l, g), ++c;
            }
          }
        } else if (o.isStructSchema()) {
          if (r && typeof r == 'object') {
            let n = !1;
            for (const [i, a] of o.structIterator()) {
              if (r[i] == null && !a.isIdempotencyToken()) continue;
              const c = a.getMergedTraits(),
                u = this.getKey(i, c.xmlName, c.ec2QueryName, 'struct'),
                l = `${s}${u}`;
              this.write(a, r[i], l), (n = !0);
            }
            if (!n && o.isUnionSchema()) {
              const { $unknown: i } = r;
              if (Array.isArray(i)) {
                const [a, c] = i,
                  u = `${s}${a}`;
                this.write(15, c, u);
              }
            }
          }
        } else if (!o.isUnitSchema())
          throw new Error(
            `@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${o.getName(!0)}`,
          );
      }
      flush() {
        if (this.buffer === void 0)
          throw new Error(
            '@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.',
          );
        const e = this.buffer;
        return (delete this.buffer, e);
      }
      getKey(e, r, s, o) {
        const { ec2: n, capitalizeKeys: i } = this.settings;
        if (n && s) return s;
        const a = r ?? e;
        return i && o === 'struct' ? a[0].toUpperCase() + a.slice(1) : a;
      }
      writeKey(e) {
        e.endsWith('.') && (e = e.slice(0, e.length - 1)), (this.buffer += `&${tr(e)}=`);
      }
      writeValue(e) {
        this.buffer += tr(e);
      }
    };
  });
var io,
  uS = d(() => {
    D();
    q();
    Fo();
    _l();
    cS();
    io = class extends Br {
      options;
      serializer;
      deserializer;
      mixin = new wt();
      constructor(e) {
        super({ defaultNamespace: e.defaultNamespace, errorTypeRegistries: e.errorTypeRegistries }),
          (this.options = e);
        const r = {
          timestampFormat: { useTrait: !0, default: 5 },
          httpBindings: !1,
          xmlNamespace: e.xmlNamespace,
          serviceNamespace: e.defaultNamespace,
          serializeEmptyLists: !0,
        };
        (this.serializer = new ai(r)), (this.deserializer = new no(r));
      }
      getShapeId() {
        return 'aws.protocols#awsQuery';
      }
      setSerdeContext(e) {
        this.serializer.setSerdeContext(e), this.deserializer.setSerdeContext(e);
      }
      getPayloadCodec() {
        throw new Error('AWSQuery protocol has no payload codec.');
      }
      async serializeRequest(e, r, s) {
        const o = await super.serializeRequest(e, r, s);
        o.path.endsWith('/') || (o.path += '/'),
          (o.headers['content-type'] = 'application/x-www-form-urlencoded'),
          (Ft(e.input) === 'unit' || !o.body) && (o.body = '');
        const n = e.name.split('#')[1] ?? e.name;
        return (
          (o.body = `Action=${n}&Version=${this.options.version}` + o.body),
          o.body.endsWith('&') && (o.body = o.body.slice(-1)),
          o
        );
      }
      async deserializeResponse(e, r, s) {
        const o = this.deserializer,
          n = T.of(e.output),
          i = {};
        if (s.statusCode >= 300) {
          const l = await ke(s.body, r);
          l.byteLength > 0 && Object.assign(i, await o.read(15, l)),
            await this.handleError(e, r, s, i, this.deserializeMetadata(s));
        }
        for (const l in s.headers) {
          const f = s.headers[l];
          delete s.headers[l], (s.headers[l.toLowerCase()] = f);
        }
        const a = e.name.split('#')[1] ?? e.name,
          c = n.isStructSchema() && this.useNestedResult() ? a + 'Result' : void 0,
          u = await ke(s.body, r);
        return (
          u.byteLength > 0 && Object.assign(i, await o.read(n, u, c)),
          (i.$metadata = this.deserializeMetadata(s)),
          i
        );
      }
      useNestedResult() {
        return !0;
      }
      async handleError(e, r, s, o, n) {
        const i = this.loadQueryErrorCode(s, o) ?? 'Unknown';
        this.mixin.compose(this.compositeErrorRegistry, i, this.options.defaultNamespace);
        const a = this.loadQueryError(o) ?? {},
          c = this.loadQueryErrorMessage(o);
        (a.message = c), (a.Error = { Type: a.Type, Code: a.Code, Message: c });
        const { errorSchema: u, errorMetadata: l } = await this.mixin.getErrorSchemaOrThrowBaseException(
            i,
            this.options.defaultNamespace,
            s,
            a,
            n,
            this.mixin.findQueryCompatibleError,
          ),
          f = T.of(u),
          m = this.compositeErrorRegistry.getErrorCtor(u) ?? Error,
          p = new m({}),
          h = { Type: a.Error.Type, Code: a.Error.Code, Error: a.Error };
        for (const [y, g] of f.structIterator()) {
          const w = g.getMergedTraits().xmlName ?? y,
            b = a[w] ?? o[w];
          h[y] = this.deserializer.readSchema(g, b);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(p, l, { $fault: f.getMergedTraits().error, message: c }, h),
          o,
        );
      }
      loadQueryErrorCode(e, r) {
        const s = (r.Errors?.[0]?.Error ?? r.Errors?.Error ?? r.Error)?.Code;
        if (s !== void 0) return s;
        if (e.statusCode == 404) return 'NotFound';
      }
      loadQueryError(e) {
        return e.Errors?.[0]?.Error ?? e.Errors?.Error ?? e.Error;
      }
      loadQueryErrorMessage(e) {
        const r = this.loadQueryError(e);
        return r?.message ?? r?.Message ?? e.message ?? e.Message ?? 'Unknown';
      }
      getDefaultContentType() {
        return 'application/x-www-form-urlencoded';
      }
    };
  });
var Al,
  KC = d(() => {
    uS();
    Al = class extends io {
      options;
      constructor(e) {
        super(e), (this.options = e);
        const r = { capitalizeKeys: !0, flattenLists: !0, serializeEmptyLists: !1, ec2: !0 };
        Object.assign(this.serializer.settings, r);
      }
      getShapeId() {
        return 'aws.protocols#ec2Query';
      }
      useNestedResult() {
        return !1;
      }
    };
  });
var QC,
  JC = d(() => {
    D();
    M();
    QC = (t, e) => ke(t, e).then((r) => (e?.utf8Encoder ?? de)(r));
  });
var XC,
  dS,
  YC,
  Tl,
  lS = d(() => {
    XC = we(bl());
    P();
    JC();
    (dS = (t, e) =>
      QC(t, e).then((r) => {
        if (r.length) {
          let s;
          try {
            s = (0, XC.parseXML)(r);
          } catch (a) {
            throw (
              a && typeof a == 'object' && Object.defineProperty(a, '$responseBodyText', { value: r }), a
            );
          }
          const o = '#text',
            n = Object.keys(s)[0],
            i = s[n];
          return (i[o] && ((i[n] = i[o]), delete i[o]), wo(i));
        }
        return {};
      })),
      (YC = async (t, e) => {
        const r = await dS(t, e);
        return (r.Error && (r.Error.message = r.Error.message ?? r.Error.Message), r);
      }),
      (Tl = (t, e) => {
        if (e?.Error?.Code !== void 0) return e.Error.Code;
        if (e?.Code !== void 0) return e.Code;
        if (t.statusCode == 404) return 'NotFound';
      });
  });
var mt,
  ci,
  fS = d(() => {
    mt = we(bl());
    D();
    q();
    M();
    M();
    Ca();
    ci = class extends ns {
      settings;
      stringBuffer;
      byteBuffer;
      buffer;
      constructor(e) {
        super(), (this.settings = e);
      }
      write(e, r) {
        const s = T.of(e);
        if (s.isStringSchema() && typeof r == 'string') this.stringBuffer = r;
        else if (s.isBlobSchema())
          this.byteBuffer = 'byteLength' in r ? r : (this.serdeContext?.base64Decoder ?? be)(r);
        else {
          this.buffer = this.writeStruct(s, r, void 0);
          const o = s.getMergedTraits();
          o.httpPayload && !o.xmlName && this.buffer.withName(s.getName());
        }
      }
      flush() {
        if (this.byteBuffer !== void 0) {
          const r = this.byteBuffer;
          return (delete this.byteBuffer, r);
        }
        if (this.stringBuffer !== void 0) {
          const r = this.stringBuffer;
          return (delete this.stringBuffer, r);
        }
        const e = this.buffer;
        return (
          this.settings.xmlNamespace &&
            (e?.attributes?.xmlns || e.addAttribute('xmlns', this.settings.xmlNamespace)),
          delete this.buffer,
          e.toString()
        );
      }
      writeStruct(e, r, s) {
        const o = e.getMergedTraits(),
          n =
            e.isMemberSchema() && !o.httpPayload
              ? (e.getMemberTraits().xmlName ?? e.getMemberName())
              : (o.xmlName ?? e.getName());
        if (!n || !e.isStructSchema())
          throw new Error(
            `@aws-sdk/core/protocols - xml serializer, cannot write struct with empty name or non-struct, schema=${e.getName(!0)}.`,
          );
        const i = mt.XmlNode.of(n),
          [a, c] = this.getXmlnsAttribute(e, s);
        for (const [l, f] of e.structIterator()) {
          const m = r[l];
          if (m != null || f.isIdempotencyToken()) {
            if (f.getMergedTraits().xmlAttribute) {
              i.addAttribute(f.getMergedTraits().xmlName ?? l, this.writeSimple(f, m));
              continue;
            }
            if (f.isListSchema()) this.writeList(f, m, i, c);
            else if (f.isMapSchema()) this.writeMap(f, m, i, c);
            else if (f.isStructSchema()) i.addChildNode(this.writeStruct(f, m, c));
            else {
              const p = mt.XmlNode.of(f.getMergedTraits().xmlName ?? f.getMemberName());
              this.writeSimpleInto(f, m, p, c), i.addChildNode(p);
            }
          }
        }
        const { $unknown: u } = r;
        if (u && e.isUnionSchema() && Array.isArray(u) && Object.keys(r).length === 1) {
          const [l, f] = u,
            m = mt.XmlNode.of(l);
          if (typeof f != 'string')
            if (r instanceof mt.XmlNode || r instanceof mt.XmlText) i.addChildNode(r);
            else
              throw new Error(
                '@aws-sdk - $unknown union member in XML requires value of type string, @aws-sdk/xml-builder::XmlNode or XmlText.',
              );
          this.writeSimpleInto(0, f, m, c), i.addChildNode(m);
        }
        return (c && i.addAttribute(a, c), i);
      }
      writeList(e, r, s, o) {
        if (!e.isMemberSchema())
          throw new Error(
            `@aws-sdk/core/protocols - xml serializer, cannot write non-member list: ${e.getName(!0)}`,
          );
        const n = e.getMergedTraits(),
          i = e.getValueSchema(),
          a = i.getMergedTraits(),
          c = !!a.sparse,
          u = !!n.xmlFlattened,
          [l, f] = this.getXmlnsAttribute(e, o),
          m = (p, h) => {
            if (i.isListSchema()) this.writeList(i, Array.isArray(h) ? h : [h], p, f);
            else if (i.isMapSchema()) this.writeMap(i, h, p, f);
            else if (i.isStructSchema()) {
              const y = this.writeStruct(i, h, f);
              p.addChildNode(y.withName(u ? (n.xmlName ?? e.getMemberName()) : (a.xmlName ?? 'member')));
            } else {
              const y = mt.XmlNode.of(u ? (n.xmlName ?? e.getMemberName()) : (a.xmlName ?? 'member'));
              this.writeSimpleInto(i, h, y, f), p.addChildNode(y);
            }
          };
        if (u) for (const p of r) (c || p != null) && m(s, p);
        else {
          const p = mt.XmlNode.of(n.xmlName ?? e.getMemberName());
          f && p.addAttribute(l, f);
          for (const h of r) (c || h != null) && m(p, h);
          s.addChildNode(p);
        }
      }
      writeMap(e, r, s, o, n = !1) {
        if (!e.isMemberSchema())
          throw new Error(
            `@aws-sdk/core/protocols - xml serializer, cannot write non-member map: ${e.getName(!0)}`,
          );
        const i = e.getMergedTraits(),
          a = e.getKeySchema(),
          u = a.getMergedTraits().xmlName ?? 'key',
          l = e.getValueSchema(),
          f = l.getMergedTraits(),
          m = f.xmlName ?? 'value',
          p = !!f.sparse,
          h = !!i.xmlFlattened,
          [y, g] = this.getXmlnsAttribute(e, o),
          w = (b, _, A) => {
            const C = mt.XmlNode.of(u, _),
              [W, X] = this.getXmlnsAttribute(a, g);
            X && C.addAttribute(W, X), b.addChildNode(C);
            let Ee = mt.XmlNode.of(m);
            l.isListSchema()
              ? this.writeList(l, A, Ee, g)
              : l.isMapSchema()
                ? this.writeMap(l, A, Ee, g, !0)
                : l.isStructSchema()
                  ? (Ee = this.writeStruct(l, A, g))
                  : this.writeSimpleInto(l, A, Ee, g),
              b.addChildNode(Ee);
          };
        if (h)
          for (const b in r) {
            const _ = r[b];
            if (p || _ != null) {
              const A = mt.XmlNode.of(i.xmlName ?? e.getMemberName());
              w(A, b, _), s.addChildNode(A);
            }
          }
        else {
          let b;
          n ||
            ((b = mt.XmlNode.of(i.xmlName ?? e.getMemberName())),
            g && b.addAttribute(y, g),
            s.addChildNode(b));
          for (const _ in r) {
            const A = r[_];
            if (p || A != null) {
              const C = mt.XmlNode.of('entry');
              w(C, _, A), (n ? s : b).addChildNode(C);
            }
          }
        }
      }
      writeSimple(e, r) {
        if (r === null)
          throw new Error('@aws-sdk/core/protocols - (XML serializer) cannot write null value.');
        let s = T.of(e),
          o = null;
        if (r && typeof r == 'object')
          if (s.isBlobSchema()) o = (this.serdeContext?.base64Encoder ?? ue)(r);
          else if (s.isTimestampSchema() && r instanceof Date)
            switch (gt(s, this.settings)) {
              case 5:
                o = r.toISOString().replace('.000Z', 'Z');
                break;
              case 6:
                o = vt(r);
                break;
              case 7:
                o = String(r.getTime() / 1e3);
                break;
              default:
                console.warn('Missing timestamp format, using http date', r), (o = vt(r));
                break;
            }
          else {
            if (s.isBigDecimalSchema() && r) return r instanceof z ? r.string : String(r);
            throw s.isMapSchema() || s.isListSchema()
              ? new Error(
                  '@aws-sdk/core/protocols - xml serializer, cannot call _write() on List/Map schema, call writeList or writeMap() instead.',
                )
              : new Error(
                  `@aws-sdk/core/protocols - xml serializer, unhandled schema type for object value and schema: ${s.getName(!0)}`,
                );
          }
        if (
          ((s.isBooleanSchema() || s.isNumericSchema() || s.isBigIntegerSchema() || s.isBigDecimalSchema()) &&
            (o = String(r)),
          s.isStringSchema() && (r === void 0 && s.isIdempotencyToken() ? (o = Pt()) : (o = String(r))),
          o === null)
        )
          throw new Error(`Unhandled schema-value pair ${s.getName(!0)}=${r}`);
        return o;
      }
      writeSimpleInto(e, r, s, o) {
        const n = this.writeSimple(e, r),
          i = T.of(e),
          a = new mt.XmlText(n),
          [c, u] = this.getXmlnsAttribute(i, o);
        u && s.addAttribute(c, u), s.addChildNode(a);
      }
      getXmlnsAttribute(e, r) {
        const s = e.getMergedTraits(),
          [o, n] = s.xmlNamespace ?? [];
        return n && n !== r ? [o ? `xmlns:${o}` : 'xmlns', n] : [void 0, void 0];
      }
    };
  });
var ui,
  mS = d(() => {
    Ca();
    _l();
    fS();
    ui = class extends ns {
      settings;
      constructor(e) {
        super(), (this.settings = e);
      }
      createSerializer() {
        const e = new ci(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
      createDeserializer() {
        const e = new no(this.settings);
        return (e.setSerdeContext(this.serdeContext), e);
      }
    };
  });
var Rl,
  ZC = d(() => {
    D();
    q();
    Fo();
    lS();
    mS();
    Rl = class extends Fs {
      codec;
      serializer;
      deserializer;
      mixin = new wt();
      constructor(e) {
        super(e);
        const r = {
          timestampFormat: { useTrait: !0, default: 5 },
          httpBindings: !0,
          xmlNamespace: e.xmlNamespace,
          serviceNamespace: e.defaultNamespace,
        };
        (this.codec = new ui(r)),
          (this.serializer = new Vs(this.codec.createSerializer(), r)),
          (this.deserializer = new zs(this.codec.createDeserializer(), r));
      }
      getPayloadCodec() {
        return this.codec;
      }
      getShapeId() {
        return 'aws.protocols#restXml';
      }
      async serializeRequest(e, r, s) {
        const o = await super.serializeRequest(e, r, s),
          n = T.of(e.input);
        if (!o.headers['content-type']) {
          const i = this.mixin.resolveRestContentType(this.getDefaultContentType(), n);
          i && (o.headers['content-type'] = i);
        }
        return (
          typeof o.body == 'string' &&
            o.headers['content-type'] === this.getDefaultContentType() &&
            !o.body.startsWith('<?xml ') &&
            !this.hasUnstructuredPayloadBinding(n) &&
            (o.body = '<?xml version="1.0" encoding="UTF-8"?>' + o.body),
          o
        );
      }
      async deserializeResponse(e, r, s) {
        return super.deserializeResponse(e, r, s);
      }
      async handleError(e, r, s, o, n) {
        const i = Tl(s, o) ?? 'Unknown';
        if (
          (this.mixin.compose(this.compositeErrorRegistry, i, this.options.defaultNamespace),
          o.Error && typeof o.Error == 'object')
        )
          for (const y of Object.keys(o.Error))
            (o[y] = o.Error[y]), y.toLowerCase() === 'message' && (o.message = o.Error[y]);
        o.RequestId && !n.requestId && (n.requestId = o.RequestId);
        const { errorSchema: a, errorMetadata: c } = await this.mixin.getErrorSchemaOrThrowBaseException(
            i,
            this.options.defaultNamespace,
            s,
            o,
            n,
          ),
          u = T.of(a),
          l = o.Error?.message ?? o.Error?.Message ?? o.message ?? o.Message ?? 'UnknownError',
          f = this.compositeErrorRegistry.getErrorCtor(a) ?? Error,
          m = new f({});
        await this.deserializeHttpMessage(a, r, s, o);
        const p = {},
          h = this.codec.createDeserializer();
        for (const [y, g] of u.structIterator()) {
          const w = g.getMergedTraits().xmlName ?? y,
            b = o.Error?.[w] ?? o[w];
          p[y] = h.readSchema(g, b);
        }
        throw this.mixin.decorateServiceException(
          Object.assign(m, c, { $fault: u.getMergedTraits().error, message: l }, p),
          o,
        );
      }
      getDefaultContentType() {
        return 'application/xml';
      }
      hasUnstructuredPayloadBinding(e) {
        for (const [, r] of e.structIterator())
          if (r.getMergedTraits().httpPayload)
            return !(r.isStructSchema() || r.isMapSchema() || r.isListSchema());
        return !1;
      }
    };
  });
var eI,
  tI = d(() => {
    M();
    eI = (t) => {
      if (t != null) return (typeof t == 'object' && '__type' in t && delete t.__type, Mc(t));
    };
  });
var rI,
  sI,
  oI,
  nI = d(() => {
    (rI = (t) => {
      if (t == null) return t;
      if (typeof t == 'number' || typeof t == 'bigint') {
        const e = new Error(`Received number ${t} where a string was expected.`);
        return ((e.name = 'Warning'), console.warn(e), String(t));
      }
      if (typeof t == 'boolean') {
        const e = new Error(`Received boolean ${t} where a string was expected.`);
        return ((e.name = 'Warning'), console.warn(e), String(t));
      }
      return t;
    }),
      (sI = (t) => {
        if (t == null) return t;
        if (typeof t == 'string') {
          const e = t.toLowerCase();
          if (t !== '' && e !== 'false' && e !== 'true') {
            const r = new Error(`Received string "${t}" where a boolean was expected.`);
            (r.name = 'Warning'), console.warn(r);
          }
          return t !== '' && e !== 'false';
        }
        return t;
      }),
      (oI = (t) => {
        if (t == null) return t;
        if (typeof t == 'string') {
          const e = Number(t);
          if (e.toString() !== t) {
            const r = new Error(`Received string "${t}" where a number was expected.`);
            return ((r.name = 'Warning'), console.warn(r), t);
          }
          return e;
        }
        return t;
      });
  });
var iI = {};
Le(iI, {
  AwsEc2QueryProtocol: () => Al,
  AwsJson1_0Protocol: () => gl,
  AwsJson1_1Protocol: () => yl,
  AwsJsonRpcProtocol: () => oo,
  AwsQueryProtocol: () => io,
  AwsRestJsonProtocol: () => os,
  AwsRestXmlProtocol: () => Rl,
  AwsSmithyRpcV2CborProtocol: () => pl,
  AwsSmithyRpcV2JsonProtocol: () => Sl,
  JsonCodec: () => zn,
  JsonCodec2: () => qt,
  JsonShapeDeserializer: () => Gs,
  JsonShapeDeserializer2: () => js,
  JsonShapeSerializer: () => Ks,
  JsonShapeSerializer2: () => Ws,
  QueryShapeSerializer: () => ai,
  XmlCodec: () => ui,
  XmlShapeDeserializer: () => no,
  XmlShapeSerializer: () => ci,
  _toBool: () => sI,
  _toNum: () => oI,
  _toStr: () => rI,
  awsExpectUnion: () => eI,
  loadJsonRpcErrorCode: () => Bn,
  loadRestJsonErrorCode: () => Ln,
  loadRestXmlErrorCode: () => Tl,
  parseJsonBody: () => hs,
  parseJsonErrorBody: () => td,
  parseXmlBody: () => dS,
  parseXmlErrorBody: () => YC,
});
var di = d(() => {
  FC();
  UC();
  HC();
  hl();
  zC();
  VC();
  D();
  KC();
  uS();
  cS();
  ZC();
  mS();
  _l();
  fS();
  lS();
  tI();
  nI();
});
var Ia,
  Uo,
  vl,
  aI,
  lI,
  Cl,
  pS,
  cI,
  hS,
  li,
  uI,
  dI,
  RU,
  bt,
  vU,
  fI,
  mI = d(() => {
    me();
    (Ia = 'ref'),
      (Uo = -1),
      (vl = !0),
      (aI = 'isSet'),
      (lI = 'PartitionResult'),
      (Cl = 'booleanEquals'),
      (pS = 'getAttr'),
      (cI = { [Ia]: 'Endpoint' }),
      (hS = { [Ia]: lI }),
      (li = {}),
      (uI = [{ [Ia]: 'Region' }]),
      (dI = {
        conditions: [
          [aI, [cI]],
          [aI, uI],
          ['aws.partition', uI, lI],
          [Cl, [{ [Ia]: 'UseFIPS' }, vl]],
          [Cl, [{ [Ia]: 'UseDualStack' }, vl]],
          [Cl, [{ fn: pS, argv: [hS, 'supportsDualStack'] }, vl]],
          [Cl, [{ fn: pS, argv: [hS, 'supportsFIPS'] }, vl]],
          ['stringEquals', [{ fn: pS, argv: [hS, 'name'] }, 'aws-us-gov']],
        ],
        results: [
          [Uo],
          [Uo, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
          [Uo, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
          [cI, li],
          ['https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', li],
          [Uo, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
          ['https://oidc.{Region}.amazonaws.com', li],
          ['https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}', li],
          [Uo, 'FIPS is enabled but this partition does not support FIPS'],
          ['https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}', li],
          [Uo, 'DualStack is enabled but this partition does not support DualStack'],
          ['https://oidc.{Region}.{PartitionResult#dnsSuffix}', li],
          [Uo, 'Invalid Configuration: Missing Region'],
        ],
      }),
      (RU = 2),
      (bt = 1e8),
      (vU = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        bt + 12,
        2,
        5,
        bt + 12,
        3,
        8,
        6,
        4,
        7,
        bt + 11,
        5,
        bt + 9,
        bt + 10,
        4,
        11,
        9,
        6,
        10,
        bt + 8,
        7,
        bt + 6,
        bt + 7,
        5,
        12,
        bt + 5,
        6,
        bt + 4,
        bt + 5,
        3,
        bt + 1,
        14,
        4,
        bt + 2,
        bt + 3,
      ])),
      (fI = zt.from(vU, RU, dI.conditions, dI.results));
  });
var CU,
  pI,
  hI = d(() => {
    ie();
    me();
    mI();
    (CU = new Vt({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] })),
      (pI = (t, e = {}) => CU.get(t, () => Lr(fI, { endpointParams: t, logger: e.logger })));
    ht.aws = dr;
  });
var je,
  Il = d(() => {
    P();
    je = class t extends Ut {
      static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException';
      constructor(e) {
        super(e), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var Na,
  Oa,
  Ma,
  Pa,
  ka,
  Da,
  $a,
  La,
  Ba,
  Fa,
  Ua,
  gS = d(() => {
    Il();
    (Na = class t extends je {
      static shapeId = 'com.amazonaws.ssooidc#AccessDeniedException';
      name = 'AccessDeniedException';
      $fault = 'client';
      error;
      reason;
      error_description;
      constructor(e) {
        super({ name: 'AccessDeniedException', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype),
          (this.error = e.error),
          (this.reason = e.reason),
          (this.error_description = e.error_description);
      }
    }),
      (Oa = class t extends je {
        static shapeId = 'com.amazonaws.ssooidc#AuthorizationPendingException';
        name = 'AuthorizationPendingException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'AuthorizationPendingException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (Ma = class t extends je {
        static shapeId = 'com.amazonaws.ssooidc#ExpiredTokenException';
        name = 'ExpiredTokenException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'ExpiredTokenException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (Pa = class t extends je {
        static shapeId = 'com.amazonaws.ssooidc#InternalServerException';
        name = 'InternalServerException';
        $fault = 'server';
        error;
        error_description;
        constructor(e) {
          super({ name: 'InternalServerException', $fault: 'server', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (ka = class t extends je {
        static shapeId = 'com.amazonaws.ssooidc#InvalidClientException';
        name = 'InvalidClientException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'InvalidClientException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (Da = class t extends je {
        static shapeId = 'com.amazonaws.ssooidc#InvalidGrantException';
        name = 'InvalidGrantException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'InvalidGrantException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      ($a = class t extends je {
        static shapeId = 'com.amazonaws.ssooidc#InvalidRequestException';
        name = 'InvalidRequestException';
        $fault = 'client';
        error;
        reason;
        error_description;
        constructor(e) {
          super({ name: 'InvalidRequestException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.reason = e.reason),
            (this.error_description = e.error_description);
        }
      }),
      (La = class t extends je {
        static shapeId = 'com.amazonaws.ssooidc#InvalidScopeException';
        name = 'InvalidScopeException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'InvalidScopeException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (Ba = class t extends je {
        static shapeId = 'com.amazonaws.ssooidc#SlowDownException';
        name = 'SlowDownException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'SlowDownException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (Fa = class t extends je {
        static shapeId = 'com.amazonaws.ssooidc#UnauthorizedClientException';
        name = 'UnauthorizedClientException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'UnauthorizedClientException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      }),
      (Ua = class t extends je {
        static shapeId = 'com.amazonaws.ssooidc#UnsupportedGrantTypeException';
        name = 'UnsupportedGrantTypeException';
        $fault = 'client';
        error;
        error_description;
        constructor(e) {
          super({ name: 'UnsupportedGrantTypeException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error),
            (this.error_description = e.error_description);
        }
      });
  });
var IU,
  NU,
  OU,
  MU,
  PU,
  kU,
  DU,
  $U,
  LU,
  BU,
  FU,
  UU,
  HU,
  zU,
  VU,
  qU,
  jU,
  WU,
  GU,
  KU,
  is,
  QU,
  JU,
  XU,
  YU,
  ZU,
  Ae,
  e2,
  mr,
  t2,
  r2,
  pr,
  s2,
  gI,
  yI,
  o2,
  SI,
  n2,
  i2,
  a2,
  Ne,
  EI,
  wI,
  Kt,
  bI,
  xI,
  _I,
  AI,
  TI,
  RI,
  vI,
  CI,
  II,
  NI,
  OI,
  yS,
  c2,
  u2,
  d2,
  l2,
  MI,
  PI,
  kI,
  SS,
  Nl = d(() => {
    q();
    gS();
    Il();
    (IU = 'AccessDeniedException'),
      (NU = 'AuthorizationPendingException'),
      (OU = 'AccessToken'),
      (MU = 'ClientSecret'),
      (PU = 'CreateToken'),
      (kU = 'CreateTokenRequest'),
      (DU = 'CreateTokenResponse'),
      ($U = 'CodeVerifier'),
      (LU = 'ExpiredTokenException'),
      (BU = 'InvalidClientException'),
      (FU = 'InvalidGrantException'),
      (UU = 'InvalidRequestException'),
      (HU = 'InternalServerException'),
      (zU = 'InvalidScopeException'),
      (VU = 'IdToken'),
      (qU = 'RefreshToken'),
      (jU = 'SlowDownException'),
      (WU = 'UnauthorizedClientException'),
      (GU = 'UnsupportedGrantTypeException'),
      (KU = 'accessToken'),
      (is = 'client'),
      (QU = 'clientId'),
      (JU = 'clientSecret'),
      (XU = 'codeVerifier'),
      (YU = 'code'),
      (ZU = 'deviceCode'),
      (Ae = 'error'),
      (e2 = 'expiresIn'),
      (mr = 'error_description'),
      (t2 = 'grantType'),
      (r2 = 'http'),
      (pr = 'httpError'),
      (s2 = 'idToken'),
      (gI = 'reason'),
      (yI = 'refreshToken'),
      (o2 = 'redirectUri'),
      (SI = 'smithy.ts.sdk.synthetic.com.amazonaws.ssooidc'),
      (n2 = 'scope'),
      (i2 = 'server'),
      (a2 = 'tokenType'),
      (Ne = 'com.amazonaws.ssooidc'),
      (EI = new ee(SI)),
      (wI = [-3, SI, 'SSOOIDCServiceException', 0, [], []]);
    EI.registerError(wI, je);
    (Kt = new ee(Ne)), (bI = [-3, Ne, IU, { [Ae]: is, [pr]: 400 }, [Ae, gI, mr], [0, 0, 0]]);
    Kt.registerError(bI, Na);
    xI = [-3, Ne, NU, { [Ae]: is, [pr]: 400 }, [Ae, mr], [0, 0]];
    Kt.registerError(xI, Oa);
    _I = [-3, Ne, LU, { [Ae]: is, [pr]: 400 }, [Ae, mr], [0, 0]];
    Kt.registerError(_I, Ma);
    AI = [-3, Ne, HU, { [Ae]: i2, [pr]: 500 }, [Ae, mr], [0, 0]];
    Kt.registerError(AI, Pa);
    TI = [-3, Ne, BU, { [Ae]: is, [pr]: 401 }, [Ae, mr], [0, 0]];
    Kt.registerError(TI, ka);
    RI = [-3, Ne, FU, { [Ae]: is, [pr]: 400 }, [Ae, mr], [0, 0]];
    Kt.registerError(RI, Da);
    vI = [-3, Ne, UU, { [Ae]: is, [pr]: 400 }, [Ae, gI, mr], [0, 0, 0]];
    Kt.registerError(vI, $a);
    CI = [-3, Ne, zU, { [Ae]: is, [pr]: 400 }, [Ae, mr], [0, 0]];
    Kt.registerError(CI, La);
    II = [-3, Ne, jU, { [Ae]: is, [pr]: 400 }, [Ae, mr], [0, 0]];
    Kt.registerError(II, Ba);
    NI = [-3, Ne, WU, { [Ae]: is, [pr]: 400 }, [Ae, mr], [0, 0]];
    Kt.registerError(NI, Fa);
    OI = [-3, Ne, GU, { [Ae]: is, [pr]: 400 }, [Ae, mr], [0, 0]];
    Kt.registerError(OI, Ua);
    (yS = [EI, Kt]),
      (c2 = [0, Ne, OU, 8, 0]),
      (u2 = [0, Ne, MU, 8, 0]),
      (d2 = [0, Ne, $U, 8, 0]),
      (l2 = [0, Ne, VU, 8, 0]),
      (MI = [0, Ne, qU, 8, 0]),
      (PI = [
        3,
        Ne,
        kU,
        0,
        [QU, JU, t2, ZU, YU, yI, n2, o2, XU],
        [0, [() => u2, 0], 0, 0, 0, [() => MI, 0], 64, 0, [() => d2, 0]],
        3,
      ]),
      (kI = [3, Ne, DU, 0, [KU, a2, e2, yI, s2], [[() => c2, 0], 0, 1, [() => MI, 0], [() => l2, 0]]]),
      (SS = [9, Ne, PU, { [r2]: ['POST', '/token', 200] }, () => PI, () => kI]);
  });
var DI,
  $I = d(() => {
    ft();
    di();
    St();
    Ds();
    P();
    D();
    M();
    Fy();
    hI();
    Nl();
    DI = (t) => ({
      apiVersion: '2019-06-10',
      base64Decoder: t?.base64Decoder ?? be,
      base64Encoder: t?.base64Encoder ?? ue,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? pI,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? gC,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: 'aws.auth#sigv4',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
          signer: new ze(),
        },
        {
          schemeId: 'smithy.api#noAuth',
          identityProvider: (e) => e.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
          signer: new nt(),
        },
      ],
      logger: t?.logger ?? new ot(),
      protocol: t?.protocol ?? os,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: 'com.amazonaws.ssooidc',
        errorTypeRegistries: yS,
        version: '2019-06-10',
        serviceTarget: 'AWSSSOOIDCService',
      },
      serviceId: t?.serviceId ?? 'SSO OIDC',
      sha256: t?.sha256 ?? rr,
      urlParser: t?.urlParser ?? We,
      utf8Decoder: t?.utf8Decoder ?? Me,
      utf8Encoder: t?.utf8Encoder ?? de,
    });
  });
var Ol,
  LI,
  BI = d(() => {
    xa();
    ie();
    ft();
    P();
    ne();
    ar();
    M();
    Ol = we(Do());
    $I();
    LI = (t) => {
      Mr(process.version);
      const e = Dr(t),
        r = () => e().then(Or),
        s = DI(t);
      wr(process.version);
      const o = { profile: t?.profile, logger: s.logger };
      return {
        ...s,
        ...t,
        runtime: 'node',
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? B(lr, o),
        bodyLengthChecker: t?.bodyLengthChecker ?? _r,
        defaultSocketTimeout: br(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ?? cr({ serviceId: s.serviceId, clientVersion: ro.version }),
        maxAttempts: t?.maxAttempts ?? B(Kr, t),
        region: t?.region ?? B(Ge, { ...dt, ...o }),
        requestHandler: Ol.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode: t?.retryMode ?? B({ ...Jr, default: async () => (await r()).retryMode || Wt }, t),
        streamCollector: t?.streamCollector ?? Ol.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? B(vr, o),
        useFipsEndpoint: t?.useFipsEndpoint ?? B(Cr, o),
        userAgentAppId: t?.userAgentAppId ?? B(Yr, o),
      };
    };
  });
var FI,
  UI,
  HI = d(() => {
    (FI = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        s = t.credentials;
      return {
        setHttpAuthScheme(o) {
          const n = e.findIndex((i) => i.schemeId === o.schemeId);
          n === -1 ? e.push(o) : e.splice(n, 1, o);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(o) {
          r = o;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(o) {
          s = o;
        },
        credentials() {
          return s;
        },
      };
    }),
      (UI = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      }));
  });
var zI,
  VI = d(() => {
    ie();
    P();
    D();
    HI();
    zI = (t, e) => {
      const r = Object.assign(Zr(t), Zt(t), Fr(t), FI(t));
      return (e.forEach((s) => s.configure(r)), Object.assign(t, es(r), Pr(r), Ur(r), UI(r)));
    };
  });
var Ha,
  ES = d(() => {
    ie();
    St();
    P();
    ne();
    me();
    D();
    ar();
    q();
    Fy();
    Uy();
    BI();
    VI();
    Ha = class extends st {
      config;
      constructor(...[e]) {
        const r = LI(e || {});
        super(r), (this.initConfig = r);
        const s = SC(r),
          o = Wr(s),
          n = Qr(o),
          i = Nt(n),
          a = i,
          c = ls(a),
          u = yC(c),
          l = zI(u, e?.extensions || []);
        (this.config = l),
          this.middlewareStack.use(Ir(this.config)),
          this.middlewareStack.use(Xr(this.config)),
          this.middlewareStack.use(gs(this.config)),
          this.middlewareStack.use(Hr(this.config)),
          this.middlewareStack.use(Vr(this.config)),
          this.middlewareStack.use(qr(this.config)),
          this.middlewareStack.use(jr(this.config)),
          this.middlewareStack.use(
            sr(this.config, {
              httpAuthSchemeParametersProvider: hC,
              identityProviderConfigProvider: async (f) => new kt({ 'aws.auth#sigv4': f.credentials }),
            }),
          ),
          this.middlewareStack.use(or(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var qI,
  jI,
  WI,
  GI = d(() => {
    P();
    me();
    Uy();
    (qI = kr(EC, 'AWSSSOOIDCService', 'SSOOIDCClient', fs)), (jI = {}), (WI = (t, e, r, s) => []);
  });
var za,
  wS = d(() => {
    GI();
    Nl();
    za = class extends qI(jI, WI, 'CreateToken', SS) {};
  });
var f2,
  Ml,
  KI = d(() => {
    P();
    wS();
    ES();
    (f2 = { CreateTokenCommand: za }), (Ml = class extends Ha {});
    Nr(f2, Ml);
  });
var QI = d(() => {
  wS();
});
var m2,
  p2,
  JI = d(() => {
    (m2 = { KMS_ACCESS_DENIED: 'KMS_AccessDeniedException' }),
      (p2 = {
        KMS_DISABLED_KEY: 'KMS_DisabledException',
        KMS_INVALID_KEY_USAGE: 'KMS_InvalidKeyUsageException',
        KMS_INVALID_STATE: 'KMS_InvalidStateException',
        KMS_KEY_NOT_FOUND: 'KMS_NotFoundException',
      });
  });
var XI = d(() => {});
var bS = {};
Le(bS, {
  $Command: () => ut,
  AccessDeniedException: () => Na,
  AccessDeniedException$: () => bI,
  AccessDeniedExceptionReason: () => m2,
  AuthorizationPendingException: () => Oa,
  AuthorizationPendingException$: () => xI,
  CreateToken$: () => SS,
  CreateTokenCommand: () => za,
  CreateTokenRequest$: () => PI,
  CreateTokenResponse$: () => kI,
  ExpiredTokenException: () => Ma,
  ExpiredTokenException$: () => _I,
  InternalServerException: () => Pa,
  InternalServerException$: () => AI,
  InvalidClientException: () => ka,
  InvalidClientException$: () => TI,
  InvalidGrantException: () => Da,
  InvalidGrantException$: () => RI,
  InvalidRequestException: () => $a,
  InvalidRequestException$: () => vI,
  InvalidRequestExceptionReason: () => p2,
  InvalidScopeException: () => La,
  InvalidScopeException$: () => CI,
  SSOOIDC: () => Ml,
  SSOOIDCClient: () => Ha,
  SSOOIDCServiceException: () => je,
  SSOOIDCServiceException$: () => wI,
  SlowDownException: () => Ba,
  SlowDownException$: () => II,
  UnauthorizedClientException: () => Fa,
  UnauthorizedClientException$: () => NI,
  UnsupportedGrantTypeException: () => Ua,
  UnsupportedGrantTypeException$: () => OI,
  __Client: () => st,
  errorTypeRegistries: () => yS,
});
var xS = d(() => {
  ES();
  KI();
  QI();
  P();
  Nl();
  JI();
  gS();
  XI();
  Il();
});
var tN = $e((Va) => {
  var { setTokenFeature: h2 } = (ie(), O(ts)),
    { getBearerTokenEnvKey: g2 } = (ft(), O(Ay)),
    {
      TokenProviderError: hr,
      getSSOTokenFilepath: y2,
      parseKnownFiles: S2,
      getProfileName: E2,
      loadSsoSessionData: w2,
      getSSOTokenFromFile: b2,
      memoize: x2,
      chain: _2,
    } = (ne(), O(Ht)),
    { promises: A2 } = pt('node:fs'),
    T2 =
      ({ logger: t, signingName: e } = {}) =>
      async () => {
        if ((t?.debug?.('@aws-sdk/token-providers - fromEnvSigningName'), !e))
          throw new hr("Please pass 'signingName' to compute environment variable key", { logger: t });
        const r = g2(e);
        if (!(r in process.env))
          throw new hr(`Token not present in '${r}' environment variable`, { logger: t });
        const s = { token: process.env[r] };
        return (h2(s, 'BEARER_SERVICE_ENV_VARS', '3'), s);
      },
    R2 = 300 * 1e3,
    _S = "To refresh this SSO session run 'aws sso login' with the corresponding profile.",
    v2 = async (t, e = {}, r) => {
      const { SSOOIDCClient: s } = (xS(), O(bS)),
        o = (i) => e.clientConfig?.[i] ?? e.parentClientConfig?.[i] ?? r?.[i];
      return new s(
        Object.assign({}, e.clientConfig ?? {}, {
          region: t ?? e.clientConfig?.region,
          logger: o('logger'),
          userAgentAppId: o('userAgentAppId'),
        }),
      );
    },
    C2 = async (t, e, r = {}, s) => {
      const { CreateTokenCommand: o } = (xS(), O(bS));
      return (await v2(e, r, s)).send(
        new o({
          clientId: t.clientId,
          clientSecret: t.clientSecret,
          refreshToken: t.refreshToken,
          grantType: 'refresh_token',
        }),
      );
    },
    YI = (t) => {
      if (t.expiration && t.expiration.getTime() < Date.now()) throw new hr(`Token is expired. ${_S}`, !1);
    },
    Ho = (t, e, r = !1) => {
      if (typeof e > 'u')
        throw new hr(`Value not present for '${t}' in SSO Token${r ? '. Cannot refresh' : ''}. ${_S}`, !1);
    },
    { writeFile: I2 } = A2,
    N2 = (t, e) => {
      const r = y2(t),
        s = JSON.stringify(e, null, 2);
      return I2(r, s);
    },
    ZI = new Map(),
    Pl = new Map(),
    eN =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug('@aws-sdk/token-providers - fromSso');
        const r = await S2(t),
          s = E2({ profile: t.profile ?? e?.profile }),
          o = r[s];
        if (o) {
          if (!o.sso_session) throw new hr(`Profile '${s}' is missing required property 'sso_session'.`);
        } else throw new hr(`Profile '${s}' could not be found in shared credentials file.`, !1);
        const n = o.sso_session,
          i = Pl.get(n);
        if (i) return await i;
        const c = (await w2(t))[n];
        if (!c) throw new hr(`Sso session '${n}' could not be found in shared credentials file.`, !1);
        for (const w of ['sso_start_url', 'sso_region'])
          if (!c[w]) throw new hr(`Sso session '${n}' is missing required property '${w}'.`, !1);
        c.sso_start_url;
        let u = c.sso_region,
          l;
        try {
          l = await b2(n);
        } catch {
          throw new hr(
            `The SSO session token associated with profile=${s} was not found or is invalid. ${_S}`,
            !1,
          );
        }
        Ho('accessToken', l.accessToken), Ho('expiresAt', l.expiresAt);
        const { accessToken: f, expiresAt: m } = l,
          p = { token: f, expiration: new Date(m) };
        if (p.expiration.getTime() - Date.now() > R2) return p;
        const h = Pl.get(n);
        if (h) return await h;
        const y = ZI.get(n) ?? 0;
        if (Date.now() - y < 30 * 1e3) return (YI(p), p);
        Ho('clientId', l.clientId, !0),
          Ho('clientSecret', l.clientSecret, !0),
          Ho('refreshToken', l.refreshToken, !0);
        const g = (async () => {
          try {
            ZI.set(n, Date.now());
            const w = await C2(l, u, t, e);
            Ho('accessToken', w.accessToken), Ho('expiresIn', w.expiresIn);
            const b = new Date(Date.now() + w.expiresIn * 1e3);
            try {
              await N2(n, {
                ...l,
                accessToken: w.accessToken,
                expiresAt: b.toISOString(),
                refreshToken: w.refreshToken,
              });
            } catch {}
            return { token: w.accessToken, expiration: b };
          } catch {
            return (YI(p), p);
          }
        })();
        Pl.set(n, g);
        try {
          return await g;
        } finally {
          Pl.delete(n);
        }
      },
    O2 =
      ({ token: t, logger: e }) =>
      async () => {
        if ((e?.debug('@aws-sdk/token-providers - fromStatic'), !t || !t.token))
          throw new hr('Please pass a valid token to fromStatic', !1);
        return t;
      },
    M2 = (t = {}) =>
      x2(
        _2(eN(t), async () => {
          throw new hr('Could not load token from any providers', !1);
        }),
        (e) => e.expiration !== void 0 && e.expiration.getTime() - Date.now() < 3e5,
        (e) => e.expiration !== void 0,
      );
  Va.fromEnvSigningName = T2;
  Va.fromSso = eN;
  Va.fromStatic = O2;
  Va.nodeProvider = M2;
});
function P2(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'awsssoportal', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function k2(t) {
  return { schemeId: 'smithy.api#noAuth' };
}
var rN,
  sN,
  oN,
  AS = d(() => {
    ft();
    P();
    rN = async (t, e, r) => ({
      operation: le(e).operation,
      region:
        (await oe(t.region)()) ||
        (() => {
          throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
        })(),
    });
    (sN = (t) => {
      const e = [];
      return (t.operation === 'GetRoleCredentials' ? e.push(k2(t)) : e.push(P2(t)), e);
    }),
      (oN = (t) => {
        const e = rs(t);
        return Object.assign(e, { authSchemePreference: oe(t.authSchemePreference ?? []) });
      });
  });
var nN,
  iN,
  TS = d(() => {
    (nN = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: 'awsssoportal',
      })),
      (iN = {
        UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
        Endpoint: { type: 'builtInParams', name: 'endpoint' },
        Region: { type: 'builtInParams', name: 'region' },
        UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
      });
  });
var qa,
  zo,
  kl,
  aN,
  lN,
  Dl,
  RS,
  cN,
  vS,
  fi,
  uN,
  dN,
  D2,
  xt,
  $2,
  fN,
  mN = d(() => {
    me();
    (qa = 'ref'),
      (zo = -1),
      (kl = !0),
      (aN = 'isSet'),
      (lN = 'PartitionResult'),
      (Dl = 'booleanEquals'),
      (RS = 'getAttr'),
      (cN = { [qa]: 'Endpoint' }),
      (vS = { [qa]: lN }),
      (fi = {}),
      (uN = [{ [qa]: 'Region' }]),
      (dN = {
        conditions: [
          [aN, [cN]],
          [aN, uN],
          ['aws.partition', uN, lN],
          [Dl, [{ [qa]: 'UseFIPS' }, kl]],
          [Dl, [{ [qa]: 'UseDualStack' }, kl]],
          [Dl, [{ fn: RS, argv: [vS, 'supportsDualStack'] }, kl]],
          [Dl, [{ fn: RS, argv: [vS, 'supportsFIPS'] }, kl]],
          ['stringEquals', [{ fn: RS, argv: [vS, 'name'] }, 'aws-us-gov']],
        ],
        results: [
          [zo],
          [zo, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
          [zo, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
          [cN, fi],
          ['https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', fi],
          [zo, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
          ['https://portal.sso.{Region}.amazonaws.com', fi],
          ['https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}', fi],
          [zo, 'FIPS is enabled but this partition does not support FIPS'],
          ['https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}', fi],
          [zo, 'DualStack is enabled but this partition does not support DualStack'],
          ['https://portal.sso.{Region}.{PartitionResult#dnsSuffix}', fi],
          [zo, 'Invalid Configuration: Missing Region'],
        ],
      }),
      (D2 = 2),
      (xt = 1e8),
      ($2 = new Int32Array([
        -1,
        1,
        -1,
        0,
        13,
        3,
        1,
        4,
        xt + 12,
        2,
        5,
        xt + 12,
        3,
        8,
        6,
        4,
        7,
        xt + 11,
        5,
        xt + 9,
        xt + 10,
        4,
        11,
        9,
        6,
        10,
        xt + 8,
        7,
        xt + 6,
        xt + 7,
        5,
        12,
        xt + 5,
        6,
        xt + 4,
        xt + 5,
        3,
        xt + 1,
        14,
        4,
        xt + 2,
        xt + 3,
      ])),
      (fN = zt.from($2, D2, dN.conditions, dN.results));
  });
var L2,
  pN,
  hN = d(() => {
    ie();
    me();
    mN();
    (L2 = new Vt({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] })),
      (pN = (t, e = {}) => L2.get(t, () => Lr(fN, { endpointParams: t, logger: e.logger })));
    ht.aws = dr;
  });
var gr,
  $l = d(() => {
    P();
    gr = class t extends Ut {
      static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException';
      constructor(e) {
        super(e), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var ja,
  Wa,
  Ga,
  Ka,
  CS = d(() => {
    $l();
    (ja = class t extends gr {
      static shapeId = 'com.amazonaws.sso#InvalidRequestException';
      name = 'InvalidRequestException';
      $fault = 'client';
      constructor(e) {
        super({ name: 'InvalidRequestException', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    }),
      (Wa = class t extends gr {
        static shapeId = 'com.amazonaws.sso#ResourceNotFoundException';
        name = 'ResourceNotFoundException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'ResourceNotFoundException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (Ga = class t extends gr {
        static shapeId = 'com.amazonaws.sso#TooManyRequestsException';
        name = 'TooManyRequestsException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'TooManyRequestsException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (Ka = class t extends gr {
        static shapeId = 'com.amazonaws.sso#UnauthorizedException';
        name = 'UnauthorizedException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'UnauthorizedException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      });
  });
var B2,
  F2,
  U2,
  H2,
  z2,
  V2,
  q2,
  j2,
  W2,
  G2,
  K2,
  Q2,
  J2,
  X2,
  Y2,
  Ll,
  Bl,
  Z2,
  eH,
  Fl,
  tH,
  gN,
  Ul,
  rH,
  sH,
  oH,
  yN,
  nH,
  iH,
  aH,
  Qt,
  SN,
  EN,
  Qa,
  wN,
  bN,
  xN,
  _N,
  IS,
  cH,
  uH,
  dH,
  AN,
  TN,
  RN,
  NS,
  Hl = d(() => {
    q();
    CS();
    $l();
    (B2 = 'AccessTokenType'),
      (F2 = 'GetRoleCredentials'),
      (U2 = 'GetRoleCredentialsRequest'),
      (H2 = 'GetRoleCredentialsResponse'),
      (z2 = 'InvalidRequestException'),
      (V2 = 'RoleCredentials'),
      (q2 = 'ResourceNotFoundException'),
      (j2 = 'SecretAccessKeyType'),
      (W2 = 'SessionTokenType'),
      (G2 = 'TooManyRequestsException'),
      (K2 = 'UnauthorizedException'),
      (Q2 = 'accountId'),
      (J2 = 'accessKeyId'),
      (X2 = 'accessToken'),
      (Y2 = 'account_id'),
      (Ll = 'client'),
      (Bl = 'error'),
      (Z2 = 'expiration'),
      (eH = 'http'),
      (Fl = 'httpError'),
      (tH = 'httpHeader'),
      (gN = 'httpQuery'),
      (Ul = 'message'),
      (rH = 'roleCredentials'),
      (sH = 'roleName'),
      (oH = 'role_name'),
      (yN = 'smithy.ts.sdk.synthetic.com.amazonaws.sso'),
      (nH = 'secretAccessKey'),
      (iH = 'sessionToken'),
      (aH = 'x-amz-sso_bearer_token'),
      (Qt = 'com.amazonaws.sso'),
      (SN = new ee(yN)),
      (EN = [-3, yN, 'SSOServiceException', 0, [], []]);
    SN.registerError(EN, gr);
    (Qa = new ee(Qt)), (wN = [-3, Qt, z2, { [Bl]: Ll, [Fl]: 400 }, [Ul], [0]]);
    Qa.registerError(wN, ja);
    bN = [-3, Qt, q2, { [Bl]: Ll, [Fl]: 404 }, [Ul], [0]];
    Qa.registerError(bN, Wa);
    xN = [-3, Qt, G2, { [Bl]: Ll, [Fl]: 429 }, [Ul], [0]];
    Qa.registerError(xN, Ga);
    _N = [-3, Qt, K2, { [Bl]: Ll, [Fl]: 401 }, [Ul], [0]];
    Qa.registerError(_N, Ka);
    (IS = [SN, Qa]),
      (cH = [0, Qt, B2, 8, 0]),
      (uH = [0, Qt, j2, 8, 0]),
      (dH = [0, Qt, W2, 8, 0]),
      (AN = [
        3,
        Qt,
        U2,
        0,
        [sH, Q2, X2],
        [
          [0, { [gN]: oH }],
          [0, { [gN]: Y2 }],
          [() => cH, { [tH]: aH }],
        ],
        3,
      ]),
      (TN = [3, Qt, H2, 0, [rH], [[() => RN, 0]]]),
      (RN = [3, Qt, V2, 0, [J2, nH, iH, Z2], [0, [() => uH, 0], [() => dH, 0], 1]]),
      (NS = [9, Qt, F2, { [eH]: ['GET', '/federation/credentials', 200] }, () => AN, () => TN]);
  });
var vN,
  CN = d(() => {
    ft();
    di();
    St();
    Ds();
    P();
    D();
    M();
    AS();
    hN();
    Hl();
    vN = (t) => ({
      apiVersion: '2019-06-10',
      base64Decoder: t?.base64Decoder ?? be,
      base64Encoder: t?.base64Encoder ?? ue,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? pN,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? sN,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: 'aws.auth#sigv4',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
          signer: new ze(),
        },
        {
          schemeId: 'smithy.api#noAuth',
          identityProvider: (e) => e.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
          signer: new nt(),
        },
      ],
      logger: t?.logger ?? new ot(),
      protocol: t?.protocol ?? os,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: 'com.amazonaws.sso',
        errorTypeRegistries: IS,
        version: '2019-06-10',
        serviceTarget: 'SWBPortalService',
      },
      serviceId: t?.serviceId ?? 'SSO',
      sha256: t?.sha256 ?? rr,
      urlParser: t?.urlParser ?? We,
      utf8Decoder: t?.utf8Decoder ?? Me,
      utf8Encoder: t?.utf8Encoder ?? de,
    });
  });
var zl,
  IN,
  NN = d(() => {
    xa();
    ie();
    ft();
    P();
    ne();
    ar();
    M();
    zl = we(Do());
    CN();
    IN = (t) => {
      Mr(process.version);
      const e = Dr(t),
        r = () => e().then(Or),
        s = vN(t);
      wr(process.version);
      const o = { profile: t?.profile, logger: s.logger };
      return {
        ...s,
        ...t,
        runtime: 'node',
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? B(lr, o),
        bodyLengthChecker: t?.bodyLengthChecker ?? _r,
        defaultSocketTimeout: br(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ?? cr({ serviceId: s.serviceId, clientVersion: ro.version }),
        maxAttempts: t?.maxAttempts ?? B(Kr, t),
        region: t?.region ?? B(Ge, { ...dt, ...o }),
        requestHandler: zl.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode: t?.retryMode ?? B({ ...Jr, default: async () => (await r()).retryMode || Wt }, t),
        streamCollector: t?.streamCollector ?? zl.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? B(vr, o),
        useFipsEndpoint: t?.useFipsEndpoint ?? B(Cr, o),
        userAgentAppId: t?.userAgentAppId ?? B(Yr, o),
      };
    };
  });
var ON,
  MN,
  PN = d(() => {
    (ON = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        s = t.credentials;
      return {
        setHttpAuthScheme(o) {
          const n = e.findIndex((i) => i.schemeId === o.schemeId);
          n === -1 ? e.push(o) : e.splice(n, 1, o);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(o) {
          r = o;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(o) {
          s = o;
        },
        credentials() {
          return s;
        },
      };
    }),
      (MN = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      }));
  });
var kN,
  DN = d(() => {
    ie();
    P();
    D();
    PN();
    kN = (t, e) => {
      const r = Object.assign(Zr(t), Zt(t), Fr(t), ON(t));
      return (e.forEach((s) => s.configure(r)), Object.assign(t, es(r), Pr(r), Ur(r), MN(r)));
    };
  });
var Ja,
  OS = d(() => {
    ie();
    St();
    P();
    ne();
    me();
    D();
    ar();
    q();
    AS();
    TS();
    NN();
    DN();
    Ja = class extends st {
      config;
      constructor(...[e]) {
        const r = IN(e || {});
        super(r), (this.initConfig = r);
        const s = nN(r),
          o = Wr(s),
          n = Qr(o),
          i = Nt(n),
          a = i,
          c = ls(a),
          u = oN(c),
          l = kN(u, e?.extensions || []);
        (this.config = l),
          this.middlewareStack.use(Ir(this.config)),
          this.middlewareStack.use(Xr(this.config)),
          this.middlewareStack.use(gs(this.config)),
          this.middlewareStack.use(Hr(this.config)),
          this.middlewareStack.use(Vr(this.config)),
          this.middlewareStack.use(qr(this.config)),
          this.middlewareStack.use(jr(this.config)),
          this.middlewareStack.use(
            sr(this.config, {
              httpAuthSchemeParametersProvider: rN,
              identityProviderConfigProvider: async (f) => new kt({ 'aws.auth#sigv4': f.credentials }),
            }),
          ),
          this.middlewareStack.use(or(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var $N,
  LN,
  BN,
  FN = d(() => {
    P();
    me();
    TS();
    ($N = kr(iN, 'SWBPortalService', 'SSOClient', fs)), (LN = {}), (BN = (t, e, r, s) => []);
  });
var Xa,
  MS = d(() => {
    FN();
    Hl();
    Xa = class extends $N(LN, BN, 'GetRoleCredentials', NS) {};
  });
var lH,
  Vl,
  UN = d(() => {
    P();
    MS();
    OS();
    (lH = { GetRoleCredentialsCommand: Xa }), (Vl = class extends Ja {});
    Nr(lH, Vl);
  });
var HN = d(() => {
  MS();
});
var zN = d(() => {});
var VN = {};
Le(VN, {
  $Command: () => ut,
  GetRoleCredentials$: () => NS,
  GetRoleCredentialsCommand: () => Xa,
  GetRoleCredentialsRequest$: () => AN,
  GetRoleCredentialsResponse$: () => TN,
  InvalidRequestException: () => ja,
  InvalidRequestException$: () => wN,
  ResourceNotFoundException: () => Wa,
  ResourceNotFoundException$: () => bN,
  RoleCredentials$: () => RN,
  SSO: () => Vl,
  SSOClient: () => Ja,
  SSOServiceException: () => gr,
  SSOServiceException$: () => EN,
  TooManyRequestsException: () => Ga,
  TooManyRequestsException$: () => xN,
  UnauthorizedException: () => Ka,
  UnauthorizedException$: () => _N,
  __Client: () => st,
  errorTypeRegistries: () => IS,
});
var qN = d(() => {
  OS();
  UN();
  HN();
  P();
  Hl();
  CS();
  zN();
  $l();
});
var jN = $e((PS) => {
  var { GetRoleCredentialsCommand: fH, SSOClient: mH } = (qN(), O(VN));
  PS.GetRoleCredentialsCommand = fH;
  PS.SSOClient = mH;
});
var kS = $e((ql) => {
  var {
      CredentialsProviderError: yr,
      getSSOTokenFromFile: pH,
      getProfileName: hH,
      parseKnownFiles: gH,
      loadSsoSessionData: yH,
    } = (ne(), O(Ht)),
    { setCredentialFeature: WN } = (ie(), O(ts)),
    { fromSso: SH } = tN(),
    KN = (t) =>
      t &&
      (typeof t.sso_start_url == 'string' ||
        typeof t.sso_account_id == 'string' ||
        typeof t.sso_session == 'string' ||
        typeof t.sso_region == 'string' ||
        typeof t.sso_role_name == 'string'),
    Ya = !1,
    GN = async ({
      ssoStartUrl: t,
      ssoSession: e,
      ssoAccountId: r,
      ssoRegion: s,
      ssoRoleName: o,
      ssoClient: n,
      clientConfig: i,
      parentClientConfig: a,
      callerClientConfig: c,
      profile: u,
      filepath: l,
      configFilepath: f,
      ignoreCache: m,
      logger: p,
    }) => {
      let h,
        y = 'To refresh this SSO session run aws sso login with the corresponding profile.';
      if (e)
        try {
          const Re = await SH({
            profile: u,
            filepath: l,
            configFilepath: f,
            ignoreCache: m,
            clientConfig: i,
            parentClientConfig: a,
            logger: p,
          })({ callerClientConfig: c });
          h = { accessToken: Re.token, expiresAt: new Date(Re.expiration).toISOString() };
        } catch (Re) {
          throw new yr(Re.message, { tryNextLink: Ya, logger: p });
        }
      else
        try {
          h = await pH(t);
        } catch {
          throw new yr(`The SSO session associated with this profile is invalid. ${y}`, {
            tryNextLink: Ya,
            logger: p,
          });
        }
      if (new Date(h.expiresAt).getTime() - Date.now() <= 0)
        throw new yr(`The SSO session associated with this profile has expired. ${y}`, {
          tryNextLink: Ya,
          logger: p,
        });
      let { accessToken: g } = h,
        { SSOClient: w, GetRoleCredentialsCommand: b } = jN(),
        _ =
          n ||
          new w(
            Object.assign({}, i ?? {}, {
              logger: i?.logger ?? c?.logger ?? a?.logger,
              region: i?.region ?? s,
              userAgentAppId: i?.userAgentAppId ?? c?.userAgentAppId ?? a?.userAgentAppId,
            }),
          ),
        A;
      try {
        A = await _.send(new b({ accountId: r, roleName: o, accessToken: g }));
      } catch (Re) {
        throw new yr(Re, { tryNextLink: Ya, logger: p });
      }
      const {
        roleCredentials: {
          accessKeyId: C,
          secretAccessKey: W,
          sessionToken: X,
          expiration: Ee,
          credentialScope: Tt,
          accountId: Y,
        } = {},
      } = A;
      if (!C || !W || !X || !Ee)
        throw new yr('SSO returns an invalid temporary credential.', { tryNextLink: Ya, logger: p });
      const Te = {
        accessKeyId: C,
        secretAccessKey: W,
        sessionToken: X,
        expiration: new Date(Ee),
        ...(Tt && { credentialScope: Tt }),
        ...(Y && { accountId: Y }),
      };
      return (e ? WN(Te, 'CREDENTIALS_SSO', 's') : WN(Te, 'CREDENTIALS_SSO_LEGACY', 'u'), Te);
    },
    QN = (t, e) => {
      const { sso_start_url: r, sso_account_id: s, sso_region: o, sso_role_name: n } = t;
      if (!r || !s || !o || !n)
        throw new yr(
          `Profile is configured with invalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(', ')}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,
          { tryNextLink: !1, logger: e },
        );
      return t;
    },
    EH =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug('@aws-sdk/credential-provider-sso - fromSSO');
        const { ssoStartUrl: r, ssoAccountId: s, ssoRegion: o, ssoRoleName: n, ssoSession: i } = t,
          { ssoClient: a } = t,
          c = hH({ profile: t.profile ?? e?.profile });
        if (!r && !s && !o && !n && !i) {
          const l = (await gH(t))[c];
          if (!l) throw new yr(`Profile ${c} was not found.`, { logger: t.logger });
          if (!KN(l))
            throw new yr(`Profile ${c} is not configured with SSO credentials.`, { logger: t.logger });
          if (l?.sso_session) {
            const w = (await yH(t))[l.sso_session],
              b = ` configurations in profile ${c} and sso-session ${l.sso_session}`;
            if (o && o !== w.sso_region)
              throw new yr('Conflicting SSO region' + b, { tryNextLink: !1, logger: t.logger });
            if (r && r !== w.sso_start_url)
              throw new yr('Conflicting SSO start_url' + b, { tryNextLink: !1, logger: t.logger });
            (l.sso_region = w.sso_region), (l.sso_start_url = w.sso_start_url);
          }
          const {
            sso_start_url: f,
            sso_account_id: m,
            sso_region: p,
            sso_role_name: h,
            sso_session: y,
          } = QN(l, t.logger);
          return GN({
            ssoStartUrl: f,
            ssoSession: y,
            ssoAccountId: m,
            ssoRegion: p,
            ssoRoleName: h,
            ssoClient: a,
            clientConfig: t.clientConfig,
            parentClientConfig: t.parentClientConfig,
            callerClientConfig: t.callerClientConfig,
            profile: c,
            filepath: t.filepath,
            configFilepath: t.configFilepath,
            ignoreCache: t.ignoreCache,
            logger: t.logger,
          });
        } else {
          if (!r || !s || !o || !n)
            throw new yr(
              'Incomplete configuration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',
              { tryNextLink: !1, logger: t.logger },
            );
          return GN({
            ssoStartUrl: r,
            ssoSession: i,
            ssoAccountId: s,
            ssoRegion: o,
            ssoRoleName: n,
            ssoClient: a,
            clientConfig: t.clientConfig,
            parentClientConfig: t.parentClientConfig,
            callerClientConfig: t.callerClientConfig,
            profile: c,
            filepath: t.filepath,
            configFilepath: t.configFilepath,
            ignoreCache: t.ignoreCache,
            logger: t.logger,
          });
        }
      };
  ql.fromSSO = EH;
  ql.isSsoProfile = KN;
  ql.validateSsoProfile = QN;
});
var LS = $e((Wl) => {
  var { SignatureV4: wH, signatureV4aContainer: JN } = wy(),
    Za = { CrtSignerV4: null },
    DS = 'X-Amz-S3session-Token',
    XN = DS.toLowerCase(),
    jl = class extends wH {
      async signWithCredentials(e, r, s) {
        const o = YN(r);
        e.headers[XN] = r.sessionToken;
        return (ZN(this, o), this.signRequest(e, s ?? {}));
      }
      async presignWithCredentials(e, r, s) {
        const o = YN(r);
        return (
          delete e.headers[XN],
          (e.headers[DS] = r.sessionToken),
          (e.query = e.query ?? {}),
          (e.query[DS] = r.sessionToken),
          ZN(this, o),
          this.presign(e, s)
        );
      }
    };
  function YN(t) {
    return { accessKeyId: t.accessKeyId, secretAccessKey: t.secretAccessKey, expiration: t.expiration };
  }
  function ZN(t, e) {
    const r = t.credentialProvider;
    t.credentialProvider = () => ((t.credentialProvider = r), Promise.resolve(e));
  }
  var $S = class {
    sigv4aSigner;
    sigv4Signer;
    signerOptions;
    static sigv4aDependency() {
      return typeof Za.CrtSignerV4 == 'function'
        ? 'crt'
        : typeof JN.SignatureV4a == 'function'
          ? 'js'
          : 'none';
    }
    constructor(e) {
      (this.sigv4Signer = new jl(e)), (this.signerOptions = e);
    }
    async sign(e, r = {}) {
      return r.signingRegion === '*' ? this.getSigv4aSigner().sign(e, r) : this.sigv4Signer.sign(e, r);
    }
    async signWithCredentials(e, r, s = {}) {
      if (s.signingRegion === '*') {
        const o = this.getSigv4aSigner(),
          n = Za.CrtSignerV4;
        if (n && o instanceof n) return o.signWithCredentials(e, r, s);
        throw new Error(
          `signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`,
        );
      }
      return this.sigv4Signer.signWithCredentials(e, r, s);
    }
    async presign(e, r = {}) {
      if (r.signingRegion === '*') {
        const s = this.getSigv4aSigner(),
          o = Za.CrtSignerV4;
        if (o && s instanceof o) return s.presign(e, r);
        throw new Error(
          `presign with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`,
        );
      }
      return this.sigv4Signer.presign(e, r);
    }
    async presignWithCredentials(e, r, s = {}) {
      if (s.signingRegion === '*')
        throw new Error('Method presignWithCredentials is not supported for [signingRegion=*].');
      return this.sigv4Signer.presignWithCredentials(e, r, s);
    }
    getSigv4aSigner() {
      if (!this.sigv4aSigner) {
        const e = Za.CrtSignerV4,
          r = JN.SignatureV4a;
        if (this.signerOptions.runtime === 'node') {
          if (!e && !r)
            throw new Error(
              'Neither CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt',
            );
          if (e && typeof e == 'function')
            this.sigv4aSigner = new e({ ...this.signerOptions, signingAlgorithm: 1 });
          else if (r && typeof r == 'function') this.sigv4aSigner = new r({ ...this.signerOptions });
          else
            throw new Error(
              "Available SigV4a implementation is not a valid constructor. Please ensure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt",
            );
        } else {
          if (!r || typeof r != 'function')
            throw new Error(
              "JS SigV4a implementation is not available or not a valid constructor. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also register the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a",
            );
          this.sigv4aSigner = new r({ ...this.signerOptions });
        }
      }
      return this.sigv4aSigner;
    }
  };
  Wl.SignatureV4MultiRegion = $S;
  Wl.SignatureV4SignWithCredentials = jl;
  Wl.signatureV4CrtContainer = Za;
});
var pi,
  Vo,
  ec,
  eO,
  cO,
  tc,
  Ze,
  BS,
  tO,
  rO,
  sO,
  oO,
  nO,
  et,
  FS,
  mi,
  iO,
  aO,
  bH,
  J,
  xH,
  uO,
  dO = d(() => {
    me();
    (pi = 'ref'),
      (Vo = -1),
      (ec = !0),
      (eO = 'isSet'),
      (cO = 'PartitionResult'),
      (tc = 'booleanEquals'),
      (Ze = 'stringEquals'),
      (BS = 'getAttr'),
      (tO = 'us-east-1'),
      (rO = 'sigv4'),
      (sO = 'sts'),
      (oO = 'https://sts.{Region}.{PartitionResult#dnsSuffix}'),
      (nO = { [pi]: 'Endpoint' }),
      (et = { [pi]: 'Region' }),
      (FS = { [pi]: cO }),
      (mi = {}),
      (iO = [et]),
      (aO = {
        conditions: [
          [eO, [nO]],
          [eO, iO],
          ['aws.partition', iO, cO],
          [tc, [{ [pi]: 'UseFIPS' }, ec]],
          [tc, [{ [pi]: 'UseDualStack' }, ec]],
          [Ze, [et, 'aws-global']],
          [tc, [{ [pi]: 'UseGlobalEndpoint' }, ec]],
          [Ze, [et, 'eu-central-1']],
          [tc, [{ fn: BS, argv: [FS, 'supportsDualStack'] }, ec]],
          [tc, [{ fn: BS, argv: [FS, 'supportsFIPS'] }, ec]],
          [Ze, [et, 'ap-south-1']],
          [Ze, [et, 'eu-north-1']],
          [Ze, [et, 'eu-west-1']],
          [Ze, [et, 'eu-west-2']],
          [Ze, [et, 'eu-west-3']],
          [Ze, [et, 'sa-east-1']],
          [Ze, [et, tO]],
          [Ze, [et, 'us-east-2']],
          [Ze, [et, 'us-west-2']],
          [Ze, [et, 'us-west-1']],
          [Ze, [et, 'ca-central-1']],
          [Ze, [et, 'ap-southeast-1']],
          [Ze, [et, 'ap-northeast-1']],
          [Ze, [et, 'ap-southeast-2']],
          [Ze, [{ fn: BS, argv: [FS, 'name'] }, 'aws-us-gov']],
        ],
        results: [
          [Vo],
          ['https://sts.amazonaws.com', { authSchemes: [{ name: rO, signingName: sO, signingRegion: tO }] }],
          [oO, { authSchemes: [{ name: rO, signingName: sO, signingRegion: '{Region}' }] }],
          [Vo, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
          [Vo, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
          [nO, mi],
          ['https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', mi],
          [Vo, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
          ['https://sts.{Region}.amazonaws.com', mi],
          ['https://sts-fips.{Region}.{PartitionResult#dnsSuffix}', mi],
          [Vo, 'FIPS is enabled but this partition does not support FIPS'],
          ['https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}', mi],
          [Vo, 'DualStack is enabled but this partition does not support DualStack'],
          [oO, mi],
          [Vo, 'Invalid Configuration: Missing Region'],
        ],
      }),
      (bH = 2),
      (J = 1e8),
      (xH = new Int32Array([
        -1,
        1,
        -1,
        0,
        30,
        3,
        1,
        4,
        J + 14,
        2,
        5,
        J + 14,
        3,
        25,
        6,
        4,
        24,
        7,
        5,
        J + 1,
        8,
        6,
        9,
        J + 13,
        7,
        J + 1,
        10,
        10,
        J + 1,
        11,
        11,
        J + 1,
        12,
        12,
        J + 1,
        13,
        13,
        J + 1,
        14,
        14,
        J + 1,
        15,
        15,
        J + 1,
        16,
        16,
        J + 1,
        17,
        17,
        J + 1,
        18,
        18,
        J + 1,
        19,
        19,
        J + 1,
        20,
        20,
        J + 1,
        21,
        21,
        J + 1,
        22,
        22,
        J + 1,
        23,
        23,
        J + 1,
        J + 2,
        8,
        J + 11,
        J + 12,
        4,
        28,
        26,
        9,
        27,
        J + 10,
        24,
        J + 8,
        J + 9,
        8,
        29,
        J + 7,
        9,
        J + 6,
        J + 7,
        3,
        J + 3,
        31,
        4,
        J + 4,
        J + 5,
      ])),
      (uO = zt.from(xH, bH, aO.conditions, aO.results));
  });
var _H,
  Gl,
  US = d(() => {
    ie();
    me();
    dO();
    (_H = new Vt({
      size: 50,
      params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS', 'UseGlobalEndpoint'],
    })),
      (Gl = (t, e = {}) => _H.get(t, () => Lr(uO, { endpointParams: t, logger: e.logger })));
    ht.aws = dr;
  });
function mO(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'sts', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function HS(t) {
  return {
    schemeId: 'aws.auth#sigv4a',
    signingProperties: { name: 'sts', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function pO(t) {
  return { schemeId: 'smithy.api#noAuth' };
}
var lO,
  AH,
  TH,
  fO,
  RH,
  vH,
  hO,
  gO,
  zS = d(() => {
    ft();
    lO = we(LS());
    P();
    me();
    US();
    (AH = (t) => async (e, r, s) => {
      if (!s)
        throw new Error(
          'Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`',
        );
      const o = await t(e, r, s),
        n = le(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
      if (!n) throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);
      const i = await Vi(s, { getEndpointParameterInstructions: n }, e);
      return Object.assign(o, i);
    }),
      (TH = async (t, e, r) => ({
        operation: le(e).operation,
        region:
          (await oe(t.region)()) ||
          (() => {
            throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
          })(),
      })),
      (fO = AH(TH));
    (RH = (t, e, r) => (o) => {
      const i = t(o).properties?.authSchemes;
      if (!i) return e(o);
      const a = [];
      for (const c of i) {
        const { name: u, properties: l = {}, ...f } = c,
          m = u.toLowerCase();
        u !== m && console.warn(`HttpAuthScheme has been normalized with lowercasing: '${u}' to '${m}'`);
        let p;
        if (m === 'sigv4a') {
          p = 'aws.auth#sigv4a';
          const g = i.find((w) => {
            const b = w.name.toLowerCase();
            return b !== 'sigv4a' && b.startsWith('sigv4');
          });
          if (lO.SignatureV4MultiRegion.sigv4aDependency() === 'none' && g) continue;
        } else if (m.startsWith('sigv4')) p = 'aws.auth#sigv4';
        else throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);
        const h = r[p];
        if (!h) throw new Error(`Could not find HttpAuthOption create function for '${p}'`);
        const y = h(o);
        (y.schemeId = p), (y.signingProperties = { ...(y.signingProperties || {}), ...f, ...l }), a.push(y);
      }
      return a;
    }),
      (vH = (t) => {
        const e = [];
        return (
          t.operation === 'AssumeRoleWithWebIdentity'
            ? (e.push(pO(t)), e.push(HS(t)))
            : (e.push(mO(t)), e.push(HS(t))),
          e
        );
      }),
      (hO = RH(Gl, vH, { 'aws.auth#sigv4': mO, 'aws.auth#sigv4a': HS, 'smithy.api#noAuth': pO })),
      (gO = (t) => {
        const e = rs(t),
          r = ma(e);
        return Object.assign(r, { authSchemePreference: oe(t.authSchemePreference ?? []) });
      });
  });
var yO,
  SO,
  VS = d(() => {
    (yO = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        useGlobalEndpoint: t.useGlobalEndpoint ?? !1,
        defaultSigningName: 'sts',
      })),
      (SO = {
        UseGlobalEndpoint: { type: 'builtInParams', name: 'useGlobalEndpoint' },
        UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
        Endpoint: { type: 'builtInParams', name: 'endpoint' },
        Region: { type: 'builtInParams', name: 'region' },
        UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
      });
  });
var _t,
  Kl = d(() => {
    P();
    _t = class t extends Ut {
      static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException';
      constructor(e) {
        super(e), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var rc,
  sc,
  oc,
  nc,
  ic,
  ac,
  cc,
  qS = d(() => {
    Kl();
    (rc = class t extends _t {
      static shapeId = 'com.amazonaws.sts#ExpiredTokenException';
      name = 'ExpiredTokenException';
      $fault = 'client';
      constructor(e) {
        super({ name: 'ExpiredTokenException', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    }),
      (sc = class t extends _t {
        static shapeId = 'com.amazonaws.sts#MalformedPolicyDocumentException';
        name = 'MalformedPolicyDocumentException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'MalformedPolicyDocumentException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (oc = class t extends _t {
        static shapeId = 'com.amazonaws.sts#PackedPolicyTooLargeException';
        name = 'PackedPolicyTooLargeException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'PackedPolicyTooLargeException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (nc = class t extends _t {
        static shapeId = 'com.amazonaws.sts#RegionDisabledException';
        name = 'RegionDisabledException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'RegionDisabledException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (ic = class t extends _t {
        static shapeId = 'com.amazonaws.sts#IDPRejectedClaimException';
        name = 'IDPRejectedClaimException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'IDPRejectedClaimException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (ac = class t extends _t {
        static shapeId = 'com.amazonaws.sts#InvalidIdentityTokenException';
        name = 'InvalidIdentityTokenException';
        $fault = 'client';
        constructor(e) {
          super({ name: 'InvalidIdentityTokenException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      }),
      (cc = class t extends _t {
        static shapeId = 'com.amazonaws.sts#IDPCommunicationErrorException';
        name = 'IDPCommunicationErrorException';
        $fault = 'client';
        $retryable = {};
        constructor(e) {
          super({ name: 'IDPCommunicationErrorException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype);
        }
      });
  });
var CH,
  IH,
  NH,
  OH,
  MH,
  PH,
  jS,
  kH,
  DH,
  $H,
  LH,
  WS,
  BH,
  EO,
  FH,
  UH,
  HH,
  zH,
  VH,
  qH,
  jH,
  WH,
  wO,
  bO,
  xO,
  GH,
  KH,
  QH,
  JH,
  XH,
  YH,
  _O,
  ZH,
  e4,
  AO,
  t4,
  TO,
  r4,
  s4,
  GS,
  o4,
  n4,
  RO,
  vO,
  i4,
  a4,
  c4,
  u4,
  d4,
  l4,
  f4,
  m4,
  qo,
  jo,
  p4,
  Wo,
  Go,
  Ko,
  h4,
  CO,
  g4,
  pe,
  IO,
  NO,
  ao,
  OO,
  MO,
  PO,
  kO,
  DO,
  $O,
  LO,
  KS,
  y4,
  S4,
  QS,
  BO,
  FO,
  UO,
  HO,
  JS,
  zO,
  VO,
  qO,
  jO,
  E4,
  w4,
  XS,
  YS,
  uc = d(() => {
    q();
    qS();
    Kl();
    (CH = 'Arn'),
      (IH = 'AccessKeyId'),
      (NH = 'AssumeRole'),
      (OH = 'AssumedRoleId'),
      (MH = 'AssumeRoleRequest'),
      (PH = 'AssumeRoleResponse'),
      (jS = 'AssumedRoleUser'),
      (kH = 'AssumeRoleWithWebIdentity'),
      (DH = 'AssumeRoleWithWebIdentityRequest'),
      ($H = 'AssumeRoleWithWebIdentityResponse'),
      (LH = 'Audience'),
      (WS = 'Credentials'),
      (BH = 'ContextAssertion'),
      (EO = 'DurationSeconds'),
      (FH = 'Expiration'),
      (UH = 'ExternalId'),
      (HH = 'ExpiredTokenException'),
      (zH = 'IDPCommunicationErrorException'),
      (VH = 'IDPRejectedClaimException'),
      (qH = 'InvalidIdentityTokenException'),
      (jH = 'Key'),
      (WH = 'MalformedPolicyDocumentException'),
      (wO = 'MinimumSessionTokenSize'),
      (bO = 'Policy'),
      (xO = 'PolicyArns'),
      (GH = 'ProviderArn'),
      (KH = 'ProvidedContexts'),
      (QH = 'ProvidedContextsListType'),
      (JH = 'ProvidedContext'),
      (XH = 'PolicyDescriptorType'),
      (YH = 'ProviderId'),
      (_O = 'PackedPolicySize'),
      (ZH = 'PackedPolicyTooLargeException'),
      (e4 = 'Provider'),
      (AO = 'RoleArn'),
      (t4 = 'RegionDisabledException'),
      (TO = 'RoleSessionName'),
      (r4 = 'SecretAccessKey'),
      (s4 = 'SubjectFromWebIdentityToken'),
      (GS = 'SourceIdentity'),
      (o4 = 'SerialNumber'),
      (n4 = 'SessionToken'),
      (RO = 'SessionTokenSize'),
      (vO = 'SessionTokenUtilization'),
      (i4 = 'Tags'),
      (a4 = 'TokenCode'),
      (c4 = 'TransitiveTagKeys'),
      (u4 = 'Tag'),
      (d4 = 'Value'),
      (l4 = 'WebIdentityToken'),
      (f4 = 'arn'),
      (m4 = 'accessKeySecretType'),
      (qo = 'awsQueryError'),
      (jo = 'client'),
      (p4 = 'clientTokenType'),
      (Wo = 'error'),
      (Go = 'httpError'),
      (Ko = 'message'),
      (h4 = 'policyDescriptorListType'),
      (CO = 'smithy.ts.sdk.synthetic.com.amazonaws.sts'),
      (g4 = 'tagListType'),
      (pe = 'com.amazonaws.sts'),
      (IO = new ee(CO)),
      (NO = [-3, CO, 'STSServiceException', 0, [], []]);
    IO.registerError(NO, _t);
    (ao = new ee(pe)),
      (OO = [-3, pe, HH, { [qo]: ['ExpiredTokenException', 400], [Wo]: jo, [Go]: 400 }, [Ko], [0]]);
    ao.registerError(OO, rc);
    MO = [-3, pe, zH, { [qo]: ['IDPCommunicationError', 400], [Wo]: jo, [Go]: 400 }, [Ko], [0]];
    ao.registerError(MO, cc);
    PO = [-3, pe, VH, { [qo]: ['IDPRejectedClaim', 403], [Wo]: jo, [Go]: 403 }, [Ko], [0]];
    ao.registerError(PO, ic);
    kO = [-3, pe, qH, { [qo]: ['InvalidIdentityToken', 400], [Wo]: jo, [Go]: 400 }, [Ko], [0]];
    ao.registerError(kO, ac);
    DO = [-3, pe, WH, { [qo]: ['MalformedPolicyDocument', 400], [Wo]: jo, [Go]: 400 }, [Ko], [0]];
    ao.registerError(DO, sc);
    $O = [-3, pe, ZH, { [qo]: ['PackedPolicyTooLarge', 400], [Wo]: jo, [Go]: 400 }, [Ko], [0]];
    ao.registerError($O, oc);
    LO = [-3, pe, t4, { [qo]: ['RegionDisabledException', 403], [Wo]: jo, [Go]: 403 }, [Ko], [0]];
    ao.registerError(LO, nc);
    (KS = [IO, ao]),
      (y4 = [0, pe, m4, 8, 0]),
      (S4 = [0, pe, p4, 8, 0]),
      (QS = [3, pe, jS, 0, [OH, CH], [0, 0], 2]),
      (BO = [
        3,
        pe,
        MH,
        0,
        [AO, TO, xO, bO, EO, i4, c4, UH, o4, a4, GS, KH, wO],
        [0, 0, () => jO, 0, 1, () => w4, 64, 0, 0, 0, 0, () => E4, 1],
        2,
      ]),
      (FO = [3, pe, PH, 0, [WS, jS, _O, GS, vO, RO], [[() => JS, 0], () => QS, 1, 0, 1, 1]]),
      (UO = [3, pe, DH, 0, [AO, TO, l4, YH, xO, bO, EO, wO], [0, 0, [() => S4, 0], 0, () => jO, 0, 1, 1], 3]),
      (HO = [
        3,
        pe,
        $H,
        0,
        [WS, s4, jS, _O, e4, LH, GS, vO, RO],
        [[() => JS, 0], 0, () => QS, 1, 0, 0, 0, 1, 1],
      ]),
      (JS = [3, pe, WS, 0, [IH, r4, n4, FH], [0, [() => y4, 0], 0, 4], 4]),
      (zO = [3, pe, XH, 0, [f4], [0]]),
      (VO = [3, pe, JH, 0, [GH, BH], [0, 0]]),
      (qO = [3, pe, u4, 0, [jH, d4], [0, 0], 2]),
      (jO = [1, pe, h4, 0, () => zO]),
      (E4 = [1, pe, QH, 0, () => VO]),
      (w4 = [1, pe, g4, 0, () => qO]),
      (XS = [9, pe, NH, 0, () => BO, () => FO]),
      (YS = [9, pe, kH, 0, () => UO, () => HO]);
  });
var WO,
  GO,
  KO = d(() => {
    ft();
    di();
    WO = we(LS());
    St();
    Ds();
    P();
    D();
    M();
    zS();
    US();
    uc();
    GO = (t) => ({
      apiVersion: '2011-06-15',
      base64Decoder: t?.base64Decoder ?? be,
      base64Encoder: t?.base64Encoder ?? ue,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? Gl,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? hO,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: 'aws.auth#sigv4',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
          signer: new ze(),
        },
        {
          schemeId: 'aws.auth#sigv4a',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4a'),
          signer: new ys(),
        },
        {
          schemeId: 'smithy.api#noAuth',
          identityProvider: (e) => e.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
          signer: new nt(),
        },
      ],
      logger: t?.logger ?? new ot(),
      protocol: t?.protocol ?? io,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: 'com.amazonaws.sts',
        errorTypeRegistries: KS,
        xmlNamespace: 'https://sts.amazonaws.com/doc/2011-06-15/',
        version: '2011-06-15',
        serviceTarget: 'AWSSecurityTokenServiceV20110615',
      },
      serviceId: t?.serviceId ?? 'STS',
      sha256: t?.sha256 ?? rr,
      signerConstructor: t?.signerConstructor ?? WO.SignatureV4MultiRegion,
      urlParser: t?.urlParser ?? We,
      utf8Decoder: t?.utf8Decoder ?? Me,
      utf8Encoder: t?.utf8Encoder ?? de,
    });
  });
var Ql,
  QO,
  JO = d(() => {
    xa();
    ie();
    ft();
    St();
    P();
    ne();
    ar();
    M();
    Ql = we(Do());
    KO();
    QO = (t) => {
      Mr(process.version);
      const e = Dr(t),
        r = () => e().then(Or),
        s = GO(t);
      wr(process.version);
      const o = { profile: t?.profile, logger: s.logger };
      return {
        ...s,
        ...t,
        runtime: 'node',
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? B(lr, o),
        bodyLengthChecker: t?.bodyLengthChecker ?? _r,
        defaultSocketTimeout: br(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ?? cr({ serviceId: s.serviceId, clientVersion: ro.version }),
        httpAuthSchemes: t?.httpAuthSchemes ?? [
          {
            schemeId: 'aws.auth#sigv4',
            identityProvider: (n) =>
              n.getIdentityProvider('aws.auth#sigv4') ||
              (async (i) => await t.credentialDefaultProvider(i?.__config || {})()),
            signer: new ze(),
          },
          {
            schemeId: 'aws.auth#sigv4a',
            identityProvider: (n) => n.getIdentityProvider('aws.auth#sigv4a'),
            signer: new ys(),
          },
          {
            schemeId: 'smithy.api#noAuth',
            identityProvider: (n) => n.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
            signer: new nt(),
          },
        ],
        maxAttempts: t?.maxAttempts ?? B(Kr, t),
        region: t?.region ?? B(Ge, { ...dt, ...o }),
        requestHandler: Ql.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode: t?.retryMode ?? B({ ...Jr, default: async () => (await r()).retryMode || Wt }, t),
        sigv4aSigningRegionSet: t?.sigv4aSigningRegionSet ?? B(pa, o),
        streamCollector: t?.streamCollector ?? Ql.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? B(vr, o),
        useFipsEndpoint: t?.useFipsEndpoint ?? B(Cr, o),
        userAgentAppId: t?.userAgentAppId ?? B(Yr, o),
      };
    };
  });
var XO,
  YO,
  ZO = d(() => {
    (XO = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        s = t.credentials;
      return {
        setHttpAuthScheme(o) {
          const n = e.findIndex((i) => i.schemeId === o.schemeId);
          n === -1 ? e.push(o) : e.splice(n, 1, o);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(o) {
          r = o;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(o) {
          s = o;
        },
        credentials() {
          return s;
        },
      };
    }),
      (YO = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      }));
  });
var eM,
  tM = d(() => {
    ie();
    P();
    D();
    ZO();
    eM = (t, e) => {
      const r = Object.assign(Zr(t), Zt(t), Fr(t), XO(t));
      return (e.forEach((s) => s.configure(r)), Object.assign(t, es(r), Pr(r), Ur(r), YO(r)));
    };
  });
var co,
  Jl = d(() => {
    ie();
    St();
    P();
    ne();
    me();
    D();
    ar();
    q();
    zS();
    VS();
    JO();
    tM();
    co = class extends st {
      config;
      constructor(...[e]) {
        const r = QO(e || {});
        super(r), (this.initConfig = r);
        const s = yO(r),
          o = Wr(s),
          n = Qr(o),
          i = Nt(n),
          a = i,
          c = ls(a),
          u = gO(c),
          l = eM(u, e?.extensions || []);
        (this.config = l),
          this.middlewareStack.use(Ir(this.config)),
          this.middlewareStack.use(Xr(this.config)),
          this.middlewareStack.use(gs(this.config)),
          this.middlewareStack.use(Hr(this.config)),
          this.middlewareStack.use(Vr(this.config)),
          this.middlewareStack.use(qr(this.config)),
          this.middlewareStack.use(jr(this.config)),
          this.middlewareStack.use(
            sr(this.config, {
              httpAuthSchemeParametersProvider: fO,
              identityProviderConfigProvider: async (f) =>
                new kt({ 'aws.auth#sigv4': f.credentials, 'aws.auth#sigv4a': f.credentials }),
            }),
          ),
          this.middlewareStack.use(or(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var Xl,
  Yl,
  Zl,
  ZS = d(() => {
    P();
    me();
    VS();
    (Xl = kr(SO, 'AWSSecurityTokenServiceV20110615', 'STSClient', fs)), (Yl = {}), (Zl = (t, e, r, s) => []);
  });
var Qo,
  ef = d(() => {
    ZS();
    uc();
    Qo = class extends Xl(Yl, Zl, 'AssumeRole', XS) {};
  });
var Jo,
  tf = d(() => {
    ZS();
    uc();
    Jo = class extends Xl(Yl, Zl, 'AssumeRoleWithWebIdentity', YS) {};
  });
var b4,
  rf,
  rM = d(() => {
    P();
    ef();
    tf();
    Jl();
    (b4 = { AssumeRoleCommand: Qo, AssumeRoleWithWebIdentityCommand: Jo }), (rf = class extends co {});
    Nr(b4, rf);
  });
var sM = d(() => {
  ef();
  tf();
});
var oM = d(() => {});
var nM,
  iM,
  aM,
  cM,
  uM,
  dM = d(() => {
    ie();
    ef();
    tf();
    (nM = (t) => {
      if (typeof t?.Arn == 'string') {
        const e = t.Arn.split(':');
        if (e.length > 4 && e[4] !== '') return e[4];
      }
    }),
      (iM = async (t, e, r, s = {}) => {
        let o = typeof t == 'function' ? await t() : t,
          n = typeof e == 'function' ? await e() : e,
          i = '',
          a = o ?? n ?? (i = await Ld(s)());
        return (
          r?.debug?.(
            '@aws-sdk/client-sts::resolveRegion',
            'accepting first of:',
            `${o} (credential provider clientConfig)`,
            `${n} (contextual client)`,
            `${i} (STS default: AWS_REGION, profile region, or us-east-1)`,
          ),
          a
        );
      }),
      (aM = (t, e) => {
        let r, s;
        return async (o, n) => {
          if (((s = o), !r)) {
            const {
                logger: l = t?.parentClientConfig?.logger,
                profile: f = t?.parentClientConfig?.profile,
                region: m,
                requestHandler: p = t?.parentClientConfig?.requestHandler,
                credentialProviderLogger: h,
                userAgentAppId: y = t?.parentClientConfig?.userAgentAppId,
              } = t,
              g = await iM(m, t?.parentClientConfig?.region, h, { logger: l, profile: f }),
              w = !uM(p);
            r = new e({
              ...t,
              userAgentAppId: y,
              profile: f,
              credentialDefaultProvider: () => async () => s,
              region: g,
              requestHandler: w ? p : void 0,
              logger: l,
            });
          }
          const { Credentials: i, AssumedRoleUser: a } = await r.send(new Qo(n));
          if (!i || !i.AccessKeyId || !i.SecretAccessKey)
            throw new Error(`Invalid response from STS.assumeRole call with role ${n.RoleArn}`);
          const c = nM(a),
            u = {
              accessKeyId: i.AccessKeyId,
              secretAccessKey: i.SecretAccessKey,
              sessionToken: i.SessionToken,
              expiration: i.Expiration,
              ...(i.CredentialScope && { credentialScope: i.CredentialScope }),
              ...(c && { accountId: c }),
            };
          return (xs(u, 'CREDENTIALS_STS_ASSUME_ROLE', 'i'), u);
        };
      }),
      (cM = (t, e) => {
        let r;
        return async (s) => {
          if (!r) {
            const {
                logger: c = t?.parentClientConfig?.logger,
                profile: u = t?.parentClientConfig?.profile,
                region: l,
                requestHandler: f = t?.parentClientConfig?.requestHandler,
                credentialProviderLogger: m,
                userAgentAppId: p = t?.parentClientConfig?.userAgentAppId,
              } = t,
              h = await iM(l, t?.parentClientConfig?.region, m, { logger: c, profile: u }),
              y = !uM(f);
            r = new e({
              ...t,
              userAgentAppId: p,
              profile: u,
              region: h,
              requestHandler: y ? f : void 0,
              logger: c,
            });
          }
          const { Credentials: o, AssumedRoleUser: n } = await r.send(new Jo(s));
          if (!o || !o.AccessKeyId || !o.SecretAccessKey)
            throw new Error(
              `Invalid response from STS.assumeRoleWithWebIdentity call with role ${s.RoleArn}`,
            );
          const i = nM(n),
            a = {
              accessKeyId: o.AccessKeyId,
              secretAccessKey: o.SecretAccessKey,
              sessionToken: o.SessionToken,
              expiration: o.Expiration,
              ...(o.CredentialScope && { credentialScope: o.CredentialScope }),
              ...(i && { accountId: i }),
            };
          return (
            i && xs(a, 'RESOLVED_ACCOUNT_ID', 'T'), xs(a, 'CREDENTIALS_STS_ASSUME_ROLE_WEB_ID', 'k'), a
          );
        };
      }),
      (uM = (t) => t?.metadata?.handlerProtocol === 'h2');
  });
var lM,
  fM,
  mM,
  x4,
  pM = d(() => {
    dM();
    Jl();
    (lM = (t, e) =>
      e
        ? class extends t {
            constructor(s) {
              super(s);
              for (const o of e) this.middlewareStack.use(o);
            }
          }
        : t),
      (fM = (t = {}, e) => aM(t, lM(co, e))),
      (mM = (t = {}, e) => cM(t, lM(co, e))),
      (x4 = (t) => (e) => t({ roleAssumer: fM(e), roleAssumerWithWebIdentity: mM(e), ...e }));
  });
var eE = {};
Le(eE, {
  $Command: () => ut,
  AssumeRole$: () => XS,
  AssumeRoleCommand: () => Qo,
  AssumeRoleRequest$: () => BO,
  AssumeRoleResponse$: () => FO,
  AssumeRoleWithWebIdentity$: () => YS,
  AssumeRoleWithWebIdentityCommand: () => Jo,
  AssumeRoleWithWebIdentityRequest$: () => UO,
  AssumeRoleWithWebIdentityResponse$: () => HO,
  AssumedRoleUser$: () => QS,
  Credentials$: () => JS,
  ExpiredTokenException: () => rc,
  ExpiredTokenException$: () => OO,
  IDPCommunicationErrorException: () => cc,
  IDPCommunicationErrorException$: () => MO,
  IDPRejectedClaimException: () => ic,
  IDPRejectedClaimException$: () => PO,
  InvalidIdentityTokenException: () => ac,
  InvalidIdentityTokenException$: () => kO,
  MalformedPolicyDocumentException: () => sc,
  MalformedPolicyDocumentException$: () => DO,
  PackedPolicyTooLargeException: () => oc,
  PackedPolicyTooLargeException$: () => $O,
  PolicyDescriptorType$: () => zO,
  ProvidedContext$: () => VO,
  RegionDisabledException: () => nc,
  RegionDisabledException$: () => LO,
  STS: () => rf,
  STSClient: () => co,
  STSServiceException: () => _t,
  STSServiceException$: () => NO,
  Tag$: () => qO,
  __Client: () => st,
  decorateDefaultCredentialProvider: () => x4,
  errorTypeRegistries: () => KS,
  getDefaultRoleAssumer: () => fM,
  getDefaultRoleAssumerWithWebIdentity: () => mM,
});
var tE = d(() => {
  Jl();
  rM();
  sM();
  P();
  uc();
  qS();
  oM();
  pM();
  Kl();
});
function _4(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'signin', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
function A4(t) {
  return { schemeId: 'smithy.api#noAuth' };
}
var hM,
  gM,
  yM,
  rE = d(() => {
    ft();
    P();
    hM = async (t, e, r) => ({
      operation: le(e).operation,
      region:
        (await oe(t.region)()) ||
        (() => {
          throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
        })(),
    });
    (gM = (t) => {
      const e = [];
      return (t.operation === 'CreateOAuth2Token' ? e.push(A4(t)) : e.push(_4(t)), e);
    }),
      (yM = (t) => {
        const e = rs(t);
        return Object.assign(e, { authSchemePreference: oe(t.authSchemePreference ?? []) });
      });
  });
var SM,
  EM,
  sE = d(() => {
    (SM = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: 'signin',
      })),
      (EM = {
        UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
        Endpoint: { type: 'builtInParams', name: 'endpoint' },
        Region: { type: 'builtInParams', name: 'region' },
        UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
      });
  });
var fo,
  uo,
  wM,
  hi,
  bM,
  gi,
  xM,
  nE,
  Es,
  oE,
  _M,
  AM,
  lo,
  CM,
  TM,
  sf,
  it,
  RM,
  vM,
  T4,
  G,
  R4,
  IM,
  NM = d(() => {
    me();
    (fo = 'ref'),
      (uo = -1),
      (wM = !1),
      (hi = !0),
      (bM = 'isSet'),
      (gi = 'booleanEquals'),
      (xM = 'coalesce'),
      (nE = 'PartitionResult'),
      (Es = 'stringEquals'),
      (oE = 'getAttr'),
      (_M = 'https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}'),
      (AM = { [fo]: 'Endpoint' }),
      (lo = { fn: oE, argv: [{ [fo]: nE }, 'name'] }),
      (CM = { [fo]: 'Region' }),
      (TM = { [fo]: nE }),
      (sf = { authSchemes: [{ name: 'sigv4', signingName: 'signin', signingRegion: '{Region}' }] }),
      (it = {}),
      (RM = [CM]),
      (vM = {
        conditions: [
          [bM, RM],
          [gi, [{ fn: xM, argv: [{ [fo]: 'IsControlPlane' }, wM] }, hi]],
          [bM, [AM]],
          ['aws.partition', RM, nE],
          [gi, [{ [fo]: 'UseFIPS' }, hi]],
          [Es, [lo, 'aws']],
          [gi, [{ fn: xM, argv: [{ [fo]: 'IsOAuthEndpoint' }, wM] }, hi]],
          [gi, [{ [fo]: 'UseDualStack' }, hi]],
          [Es, [lo, 'aws-cn']],
          [Es, [CM, 'us-gov-west-1']],
          [Es, [lo, 'aws-us-gov']],
          [gi, [{ fn: oE, argv: [TM, 'supportsFIPS'] }, hi]],
          [Es, [lo, 'aws-iso']],
          [Es, [lo, 'aws-iso-b']],
          [Es, [lo, 'aws-iso-f']],
          [Es, [lo, 'aws-iso-e']],
          [Es, [lo, 'aws-eusc']],
          [gi, [{ fn: oE, argv: [TM, 'supportsDualStack'] }, hi]],
        ],
        results: [
          [uo],
          ['https://signin.{Region}.api.aws', sf],
          ['https://signin.{Region}.api.amazonwebservices.com.cn', sf],
          [_M, sf],
          [
            uo,
            'FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation.',
          ],
          ['https://{Region}.oauth.signin.aws', sf],
          ['https://{Region}.signin.aws.amazon.com', it],
          ['https://{Region}.signin.amazonaws.cn', it],
          ['https://{Region}.signin.amazonaws-us-gov.com', it],
          ['https://{Region}.signin.c2shome.ic.gov', it],
          ['https://{Region}.signin.sc2shome.sgov.gov', it],
          ['https://{Region}.signin.csphome.hci.ic.gov', it],
          ['https://{Region}.signin.csphome.adc-e.uk', it],
          ['https://{Region}.signin.amazonaws-eusc.eu', it],
          ['https://signin-fips.amazonaws-us-gov.com', it],
          ['https://{Region}.signin-fips.amazonaws-us-gov.com', it],
          ['https://{Region}.signin.{PartitionResult#dnsSuffix}', it],
          [uo, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
          [uo, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
          [AM, it],
          ['https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', it],
          [uo, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
          ['https://signin-fips.{Region}.{PartitionResult#dnsSuffix}', it],
          [uo, 'FIPS is enabled but this partition does not support FIPS'],
          [_M, it],
          [uo, 'DualStack is enabled but this partition does not support DualStack'],
          ['https://signin.{Region}.{PartitionResult#dnsSuffix}', it],
          [uo, 'Invalid Configuration: Missing Region'],
        ],
      }),
      (T4 = 2),
      (G = 1e8),
      (R4 = new Int32Array([
        -1,
        1,
        -1,
        0,
        6,
        3,
        2,
        36,
        4,
        4,
        5,
        G + 27,
        6,
        G + 4,
        G + 27,
        1,
        29,
        7,
        2,
        36,
        8,
        3,
        9,
        31,
        4,
        22,
        10,
        5,
        19,
        11,
        7,
        21,
        12,
        8,
        G + 7,
        13,
        10,
        G + 8,
        14,
        12,
        G + 9,
        15,
        13,
        G + 10,
        16,
        14,
        G + 11,
        17,
        15,
        G + 12,
        18,
        16,
        G + 13,
        G + 16,
        6,
        G + 5,
        20,
        7,
        21,
        G + 6,
        17,
        G + 24,
        G + 25,
        6,
        G + 4,
        23,
        7,
        27,
        24,
        9,
        G + 14,
        25,
        10,
        G + 15,
        26,
        11,
        G + 22,
        G + 23,
        11,
        28,
        G + 21,
        17,
        G + 20,
        G + 21,
        2,
        35,
        30,
        3,
        39,
        31,
        4,
        32,
        G + 27,
        6,
        G + 4,
        33,
        7,
        G + 27,
        34,
        9,
        G + 14,
        G + 27,
        3,
        39,
        36,
        4,
        38,
        37,
        7,
        G + 18,
        G + 19,
        6,
        G + 4,
        G + 17,
        5,
        G + 1,
        40,
        8,
        G + 2,
        G + 3,
      ])),
      (IM = zt.from(R4, T4, vM.conditions, vM.results));
  });
var v4,
  OM,
  MM = d(() => {
    ie();
    me();
    NM();
    (v4 = new Vt({
      size: 50,
      params: ['Endpoint', 'IsControlPlane', 'IsOAuthEndpoint', 'Region', 'UseDualStack', 'UseFIPS'],
    })),
      (OM = (t, e = {}) => v4.get(t, () => Lr(IM, { endpointParams: t, logger: e.logger })));
    ht.aws = dr;
  });
var Sr,
  of = d(() => {
    P();
    Sr = class t extends Ut {
      static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException';
      constructor(e) {
        super(e), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var dc,
  lc,
  fc,
  mc,
  iE = d(() => {
    of();
    (dc = class t extends Sr {
      static shapeId = 'com.amazonaws.signin#AccessDeniedException';
      name = 'AccessDeniedException';
      $fault = 'client';
      error;
      constructor(e) {
        super({ name: 'AccessDeniedException', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype),
          (this.error = e.error);
      }
    }),
      (lc = class t extends Sr {
        static shapeId = 'com.amazonaws.signin#InternalServerException';
        name = 'InternalServerException';
        $fault = 'server';
        error;
        constructor(e) {
          super({ name: 'InternalServerException', $fault: 'server', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error);
        }
      }),
      (fc = class t extends Sr {
        static shapeId = 'com.amazonaws.signin#TooManyRequestsError';
        name = 'TooManyRequestsError';
        $fault = 'client';
        error;
        constructor(e) {
          super({ name: 'TooManyRequestsError', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error);
        }
      }),
      (mc = class t extends Sr {
        static shapeId = 'com.amazonaws.signin#ValidationException';
        name = 'ValidationException';
        $fault = 'client';
        error;
        constructor(e) {
          super({ name: 'ValidationException', $fault: 'client', ...e }),
            Object.setPrototypeOf(this, t.prototype),
            (this.error = e.error);
        }
      });
  });
var C4,
  I4,
  N4,
  O4,
  M4,
  P4,
  k4,
  D4,
  $4,
  L4,
  B4,
  F4,
  U4,
  H4,
  z4,
  PM,
  aE,
  V4,
  lE,
  kM,
  DM,
  q4,
  mo,
  cE,
  j4,
  uE,
  W4,
  UM,
  fE,
  $M,
  tt,
  af,
  G4,
  nf,
  LM,
  HM,
  BM,
  FM,
  K4,
  Q4,
  J4,
  dE,
  X4,
  at,
  zM,
  VM,
  pc,
  qM,
  jM,
  WM,
  GM,
  mE,
  Y4,
  KM,
  QM,
  JM,
  XM,
  YM,
  ZM,
  eP,
  tP,
  pE,
  hE,
  hc = d(() => {
    q();
    iE();
    of();
    (C4 = 'AccessDeniedException'),
      (I4 = 'AccessToken'),
      (N4 = 'CreateOAuth2Token'),
      (O4 = 'CreateOAuth2TokenRequest'),
      (M4 = 'CreateOAuth2TokenRequestBody'),
      (P4 = 'CreateOAuth2TokenResponseBody'),
      (k4 = 'CreateOAuth2TokenResponse'),
      (D4 = 'CreateOAuth2TokenWithIAM'),
      ($4 = 'CreateOAuth2TokenWithIAMRequest'),
      (L4 = 'CreateOAuth2TokenWithIAMResponse'),
      (B4 = 'InternalServerException'),
      (F4 = 'OAuthAccessToken'),
      (U4 = 'RefreshToken'),
      (H4 = 'TooManyRequestsError'),
      (z4 = 'ValidationException'),
      (PM = 'accessKeyId'),
      (aE = 'accessToken'),
      (V4 = 'access_token'),
      (lE = 'client'),
      (kM = 'clientId'),
      (DM = 'codeVerifier'),
      (q4 = 'code'),
      (mo = 'error'),
      (cE = 'expiresIn'),
      (j4 = 'expires_in'),
      (uE = 'grantType'),
      (W4 = 'grant_type'),
      (UM = 'http'),
      (fE = 'httpError'),
      ($M = 'idToken'),
      (tt = 'jsonName'),
      (af = 'message'),
      (G4 = 'resource'),
      (nf = 'refreshToken'),
      (LM = 'redirectUri'),
      (HM = 'smithy.ts.sdk.synthetic.com.amazonaws.signin'),
      (BM = 'secretAccessKey'),
      (FM = 'sessionToken'),
      (K4 = 'server'),
      (Q4 = 'tokenInput'),
      (J4 = 'tokenOutput'),
      (dE = 'tokenType'),
      (X4 = 'token_type'),
      (at = 'com.amazonaws.signin'),
      (zM = new ee(HM)),
      (VM = [-3, HM, 'SigninServiceException', 0, [], []]);
    zM.registerError(VM, Sr);
    (pc = new ee(at)), (qM = [-3, at, C4, { [mo]: lE }, [mo, af], [0, 0], 2]);
    pc.registerError(qM, dc);
    jM = [-3, at, B4, { [mo]: K4, [fE]: 500 }, [mo, af], [0, 0], 2];
    pc.registerError(jM, lc);
    WM = [-3, at, H4, { [mo]: lE, [fE]: 429 }, [mo, af], [0, 0], 2];
    pc.registerError(WM, fc);
    GM = [-3, at, z4, { [mo]: lE, [fE]: 400 }, [mo, af], [0, 0], 2];
    pc.registerError(GM, mc);
    (mE = [zM, pc]),
      (Y4 = [0, at, F4, 8, 0]),
      (KM = [0, at, U4, 8, 0]),
      (QM = [
        3,
        at,
        I4,
        8,
        [PM, BM, FM],
        [
          [0, { [tt]: PM }],
          [0, { [tt]: BM }],
          [0, { [tt]: FM }],
        ],
        3,
      ]),
      (JM = [3, at, O4, 0, [Q4], [[() => XM, 16]], 1]),
      (XM = [
        3,
        at,
        M4,
        0,
        [kM, uE, q4, LM, DM, nf],
        [
          [0, { [tt]: kM }],
          [0, { [tt]: uE }],
          0,
          [0, { [tt]: LM }],
          [0, { [tt]: DM }],
          [() => KM, { [tt]: nf }],
        ],
        2,
      ]),
      (YM = [3, at, k4, 0, [J4], [[() => ZM, 16]], 1]),
      (ZM = [
        3,
        at,
        P4,
        0,
        [aE, dE, cE, nf, $M],
        [
          [() => QM, { [tt]: aE }],
          [0, { [tt]: dE }],
          [1, { [tt]: cE }],
          [() => KM, { [tt]: nf }],
          [0, { [tt]: $M }],
        ],
        4,
      ]),
      (eP = [3, at, $4, 0, [uE, G4], [[0, { [tt]: W4 }], 0], 2]),
      (tP = [
        3,
        at,
        L4,
        0,
        [aE, dE, cE],
        [
          [() => Y4, { [tt]: V4 }],
          [0, { [tt]: X4 }],
          [1, { [tt]: j4 }],
        ],
        3,
      ]),
      (pE = [9, at, N4, { [UM]: ['POST', '/v1/token', 200] }, () => JM, () => YM]),
      (hE = [
        9,
        at,
        D4,
        { [UM]: ['POST', '/v1/token?x-amz-client-auth-method=iam', 200] },
        () => eP,
        () => tP,
      ]);
  });
var rP,
  sP = d(() => {
    ft();
    di();
    St();
    Ds();
    P();
    D();
    M();
    rE();
    MM();
    hc();
    rP = (t) => ({
      apiVersion: '2023-01-01',
      base64Decoder: t?.base64Decoder ?? be,
      base64Encoder: t?.base64Encoder ?? ue,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? OM,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? gM,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: 'aws.auth#sigv4',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
          signer: new ze(),
        },
        {
          schemeId: 'smithy.api#noAuth',
          identityProvider: (e) => e.getIdentityProvider('smithy.api#noAuth') || (async () => ({})),
          signer: new nt(),
        },
      ],
      logger: t?.logger ?? new ot(),
      protocol: t?.protocol ?? os,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: 'com.amazonaws.signin',
        errorTypeRegistries: mE,
        version: '2023-01-01',
        serviceTarget: 'Signin',
      },
      serviceId: t?.serviceId ?? 'Signin',
      sha256: t?.sha256 ?? rr,
      urlParser: t?.urlParser ?? We,
      utf8Decoder: t?.utf8Decoder ?? Me,
      utf8Encoder: t?.utf8Encoder ?? de,
    });
  });
var cf,
  oP,
  nP = d(() => {
    xa();
    ie();
    ft();
    P();
    ne();
    ar();
    M();
    cf = we(Do());
    sP();
    oP = (t) => {
      Mr(process.version);
      const e = Dr(t),
        r = () => e().then(Or),
        s = rP(t);
      wr(process.version);
      const o = { profile: t?.profile, logger: s.logger };
      return {
        ...s,
        ...t,
        runtime: 'node',
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? B(lr, o),
        bodyLengthChecker: t?.bodyLengthChecker ?? _r,
        defaultSocketTimeout: br(t?.requestHandler, 3e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ?? cr({ serviceId: s.serviceId, clientVersion: ro.version }),
        maxAttempts: t?.maxAttempts ?? B(Kr, t),
        region: t?.region ?? B(Ge, { ...dt, ...o }),
        requestHandler: cf.NodeHttpHandler.create(t?.requestHandler ?? r),
        retryMode: t?.retryMode ?? B({ ...Jr, default: async () => (await r()).retryMode || Wt }, t),
        streamCollector: t?.streamCollector ?? cf.streamCollector,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? B(vr, o),
        useFipsEndpoint: t?.useFipsEndpoint ?? B(Cr, o),
        userAgentAppId: t?.userAgentAppId ?? B(Yr, o),
      };
    };
  });
var iP,
  aP,
  cP = d(() => {
    (iP = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        s = t.credentials;
      return {
        setHttpAuthScheme(o) {
          const n = e.findIndex((i) => i.schemeId === o.schemeId);
          n === -1 ? e.push(o) : e.splice(n, 1, o);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(o) {
          r = o;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(o) {
          s = o;
        },
        credentials() {
          return s;
        },
      };
    }),
      (aP = (t) => ({
        httpAuthSchemes: t.httpAuthSchemes(),
        httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
        credentials: t.credentials(),
      }));
  });
var uP,
  dP = d(() => {
    ie();
    P();
    D();
    cP();
    uP = (t, e) => {
      const r = Object.assign(Zr(t), Zt(t), Fr(t), iP(t));
      return (e.forEach((s) => s.configure(r)), Object.assign(t, es(r), Pr(r), Ur(r), aP(r)));
    };
  });
var gc,
  gE = d(() => {
    ie();
    St();
    P();
    ne();
    me();
    D();
    ar();
    q();
    rE();
    sE();
    nP();
    dP();
    gc = class extends st {
      config;
      constructor(...[e]) {
        const r = oP(e || {});
        super(r), (this.initConfig = r);
        const s = SM(r),
          o = Wr(s),
          n = Qr(o),
          i = Nt(n),
          a = i,
          c = ls(a),
          u = yM(c),
          l = uP(u, e?.extensions || []);
        (this.config = l),
          this.middlewareStack.use(Ir(this.config)),
          this.middlewareStack.use(Xr(this.config)),
          this.middlewareStack.use(gs(this.config)),
          this.middlewareStack.use(Hr(this.config)),
          this.middlewareStack.use(Vr(this.config)),
          this.middlewareStack.use(qr(this.config)),
          this.middlewareStack.use(jr(this.config)),
          this.middlewareStack.use(
            sr(this.config, {
              httpAuthSchemeParametersProvider: hM,
              identityProviderConfigProvider: async (f) => new kt({ 'aws.auth#sigv4': f.credentials }),
            }),
          ),
          this.middlewareStack.use(or(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
  });
var uf,
  lP,
  fP,
  df,
  yE = d(() => {
    P();
    me();
    sE();
    (uf = kr(EM, 'Signin', 'SigninClient', fs)),
      (lP = { IsControlPlane: { type: 'staticContextParams', value: !1 } }),
      (fP = { IsOAuthEndpoint: { type: 'staticContextParams', value: !0 } }),
      (df = (t, e, r, s) => []);
  });
var yc,
  SE = d(() => {
    yE();
    hc();
    yc = class extends uf(lP, df, 'CreateOAuth2Token', pE) {};
  });
var Sc,
  EE = d(() => {
    yE();
    hc();
    Sc = class extends uf(fP, df, 'CreateOAuth2TokenWithIAM', hE) {};
  });
var Z4,
  lf,
  mP = d(() => {
    P();
    SE();
    EE();
    gE();
    (Z4 = { CreateOAuth2TokenCommand: yc, CreateOAuth2TokenWithIAMCommand: Sc }), (lf = class extends gc {});
    Nr(Z4, lf);
  });
var pP = d(() => {
  SE();
  EE();
});
var ez,
  hP = d(() => {
    ez = {
      AUTHCODE_EXPIRED: 'AUTHCODE_EXPIRED',
      CONFLICT: 'CONFLICT',
      INSUFFICIENT_PERMISSIONS: 'INSUFFICIENT_PERMISSIONS',
      INVALID_REQUEST: 'INVALID_REQUEST',
      OAUTH_INVALID_GRANT: 'invalid_grant',
      OAUTH_INVALID_REQUEST: 'invalid_request',
      OAUTH_INVALID_SCOPE: 'invalid_scope',
      OAUTH_INVALID_TARGET: 'invalid_target',
      OAUTH_RATE_EXCEEDED: 'rate_exceeded',
      OAUTH_SERVICE_UNAVAILABLE: 'service_unavailable',
      OAUTH_UNSUPPORTED_GRANT_TYPE: 'unsupported_grant_type',
      RESOURCE_NOT_FOUND: 'RESOURCE_NOT_FOUND',
      SERVER_ERROR: 'server_error',
      SERVICE_QUOTA_EXCEEDED: 'SERVICE_QUOTA_EXCEEDED',
      TOKEN_EXPIRED: 'TOKEN_EXPIRED',
      USER_CREDENTIALS_CHANGED: 'USER_CREDENTIALS_CHANGED',
    };
  });
var gP = d(() => {});
var yP = {};
Le(yP, {
  $Command: () => ut,
  AccessDeniedException: () => dc,
  AccessDeniedException$: () => qM,
  AccessToken$: () => QM,
  CreateOAuth2Token$: () => pE,
  CreateOAuth2TokenCommand: () => yc,
  CreateOAuth2TokenRequest$: () => JM,
  CreateOAuth2TokenRequestBody$: () => XM,
  CreateOAuth2TokenResponse$: () => YM,
  CreateOAuth2TokenResponseBody$: () => ZM,
  CreateOAuth2TokenWithIAM$: () => hE,
  CreateOAuth2TokenWithIAMCommand: () => Sc,
  CreateOAuth2TokenWithIAMRequest$: () => eP,
  CreateOAuth2TokenWithIAMResponse$: () => tP,
  InternalServerException: () => lc,
  InternalServerException$: () => jM,
  OAuth2ErrorCode: () => ez,
  Signin: () => lf,
  SigninClient: () => gc,
  SigninServiceException: () => Sr,
  SigninServiceException$: () => VM,
  TooManyRequestsError: () => fc,
  TooManyRequestsError$: () => WM,
  ValidationException: () => mc,
  ValidationException$: () => GM,
  __Client: () => st,
  errorTypeRegistries: () => mE,
});
var SP = d(() => {
  gE();
  mP();
  pP();
  P();
  hc();
  hP();
  iE();
  gP();
  of();
});
var bP = $e((wP) => {
  var { setCredentialFeature: tz } = (ie(), O(ts)),
    { CredentialsProviderError: po, parseKnownFiles: rz, getProfileName: sz } = (ne(), O(Ht)),
    { HttpRequest: oz } = (D(), O(No)),
    { createHash: nz, createPrivateKey: iz, createPublicKey: az, sign: cz } = pt('node:crypto'),
    { promises: wE } = pt('node:fs'),
    { homedir: uz } = pt('node:os'),
    { dirname: dz, join: EP } = pt('node:path'),
    bE = class t {
      profileData;
      init;
      callerClientConfig;
      static REFRESH_THRESHOLD = 300 * 1e3;
      constructor(e, r, s) {
        (this.profileData = e), (this.init = r), (this.callerClientConfig = s);
      }
      async loadCredentials() {
        const e = await this.loadToken();
        if (!e)
          throw new po(
            `Failed to load a token for session ${this.loginSession}, please re-authenticate using aws login`,
            { tryNextLink: !1, logger: this.logger },
          );
        const r = e.accessToken,
          s = Date.now();
        return new Date(r.expiresAt).getTime() - s <= t.REFRESH_THRESHOLD
          ? this.refresh(e)
          : this.toCredentials(e.accessToken);
      }
      get logger() {
        return this.init?.logger;
      }
      get loginSession() {
        return this.profileData.login_session;
      }
      toCredentials(e) {
        return {
          accessKeyId: e.accessKeyId,
          secretAccessKey: e.secretAccessKey,
          sessionToken: e.sessionToken,
          accountId: e.accountId,
          expiration: new Date(e.expiresAt),
        };
      }
      async refresh(e) {
        const r = await this.loadToken().catch(() => e),
          s = Date.now(),
          o = new Date(r.accessToken.expiresAt).getTime(),
          n = new Date(e.accessToken.expiresAt).getTime(),
          i = o <= s && n > s ? e : r;
        if (new Date(i.accessToken.expiresAt).getTime() - Date.now() > t.REFRESH_THRESHOLD)
          return this.toCredentials(i.accessToken);
        const { SigninClient: c, CreateOAuth2TokenCommand: u } = (SP(), O(yP)),
          { logger: l, userAgentAppId: f } = this.callerClientConfig ?? {},
          p = ((b) => b?.metadata?.handlerProtocol === 'h2')(this.callerClientConfig?.requestHandler)
            ? void 0
            : this.callerClientConfig?.requestHandler,
          h = typeof i.signInRegion == 'string' && i.signInRegion.length > 0 ? i.signInRegion : void 0,
          y =
            h ??
            this.profileData.region ??
            (await this.callerClientConfig?.region?.()) ??
            process.env.AWS_REGION,
          g = new c({
            credentials: { accessKeyId: '', secretAccessKey: '' },
            region: y,
            requestHandler: p,
            logger: l,
            userAgentAppId: f,
            ...this.init?.clientConfig,
            ...(h && { region: h }),
          });
        this.createDPoPInterceptor(g.middlewareStack);
        const w = {
          tokenInput: { clientId: i.clientId, refreshToken: i.refreshToken, grantType: 'refresh_token' },
        };
        try {
          const b = await g.send(new u(w)),
            { accessKeyId: _, secretAccessKey: A, sessionToken: C } = b.tokenOutput?.accessToken ?? {},
            { refreshToken: W, expiresIn: X } = b.tokenOutput ?? {};
          if (!_ || !A || !C || !W)
            throw new po('Token refresh response missing required fields', {
              logger: this.logger,
              tryNextLink: !1,
            });
          const Ee = (X ?? 900) * 1e3,
            Tt = new Date(Date.now() + Ee),
            Y = {
              ...i,
              accessToken: {
                ...i.accessToken,
                accessKeyId: _,
                secretAccessKey: A,
                sessionToken: C,
                expiresAt: Tt.toISOString(),
              },
              refreshToken: W,
            };
          return (await this.saveToken(Y), this.toCredentials(Y.accessToken));
        } catch (b) {
          if (b.name === 'AccessDeniedException') {
            let A = b.error,
              C;
            switch (A) {
              case 'TOKEN_EXPIRED':
                C = 'Your session has expired. Please reauthenticate.';
                break;
              case 'USER_CREDENTIALS_CHANGED':
                C =
                  'Unable to refresh credentials because of a change in your password. Please reauthenticate with your new password.';
                break;
              case 'INSUFFICIENT_PERMISSIONS':
                C =
                  "Unable to refresh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";
                break;
              default:
                C = `Failed to refresh token: ${String(b)}. Please re-authenticate using \`aws login\``;
            }
            throw new po(C, { logger: this.logger, tryNextLink: !1 });
          }
          if (new Date(i.accessToken.expiresAt).getTime() > Date.now())
            return (
              this.logger?.warn?.(
                `Failed to refresh token: ${String(b)}. Using existing token until expiry.`,
              ),
              this.toCredentials(i.accessToken)
            );
          throw new po(`Failed to refresh token: ${String(b)}. Please re-authenticate using aws login`, {
            logger: this.logger,
          });
        }
      }
      async loadToken() {
        const e = this.getTokenFilePath();
        try {
          const r = await wE.readFile(e, 'utf8'),
            s = JSON.parse(r),
            o = ['accessToken', 'clientId', 'refreshToken', 'dpopKey'].filter((n) => !s[n]);
          if ((s.accessToken?.accountId || o.push('accountId'), o.length > 0))
            throw new po(`Token validation failed, missing fields: ${o.join(', ')}`, {
              logger: this.logger,
              tryNextLink: !1,
            });
          return s;
        } catch (r) {
          throw new po(`Failed to load token from ${e}: ${String(r)}`, {
            logger: this.logger,
            tryNextLink: !1,
          });
        }
      }
      async saveToken(e) {
        const r = this.getTokenFilePath(),
          s = dz(r);
        try {
          await wE.mkdir(s, { recursive: !0 });
        } catch {}
        await wE.writeFile(r, JSON.stringify(e, null, 2), 'utf8');
      }
      getTokenFilePath() {
        const e = process.env.AWS_LOGIN_CACHE_DIRECTORY ?? EP(uz(), '.aws', 'login', 'cache'),
          r = Buffer.from(this.loginSession, 'utf8'),
          s = nz('sha256').update(r).digest('hex');
        return EP(e, `${s}.json`);
      }
      derToRawSignature(e) {
        let r = 2;
        if (e[r] !== 2) throw new Error('Invalid DER signature');
        r++;
        let s = e[r++],
          o = e.subarray(r, r + s);
        if (((r += s), e[r] !== 2)) throw new Error('Invalid DER signature');
        r++;
        let n = e[r++],
          i = e.subarray(r, r + n);
        (o = o[0] === 0 ? o.subarray(1) : o), (i = i[0] === 0 ? i.subarray(1) : i);
        const a = Buffer.concat([Buffer.alloc(32 - o.length), o]),
          c = Buffer.concat([Buffer.alloc(32 - i.length), i]);
        return Buffer.concat([a, c]);
      }
      createDPoPInterceptor(e) {
        e.add(
          (r) => async (s) => {
            if (oz.isInstance(s.request)) {
              const o = s.request,
                n = `${o.protocol}//${o.hostname}${o.port ? `:${o.port}` : ''}${o.path}`,
                i = await this.generateDpop(o.method, n);
              o.headers = { ...o.headers, DPoP: i };
            }
            return r(s);
          },
          { step: 'finalizeRequest', name: 'dpopInterceptor', override: !0 },
        );
      }
      async generateDpop(e = 'POST', r) {
        const s = await this.loadToken();
        try {
          let o = iz({ key: s.dpopKey, format: 'pem', type: 'sec1' }),
            i = az(o).export({ format: 'der', type: 'spki' }),
            a = -1;
          for (let b = 0; b < i.length; b++)
            if (i[b] === 4) {
              a = b;
              break;
            }
          const c = i.slice(a + 1, a + 33),
            u = i.slice(a + 33, a + 65),
            l = {
              alg: 'ES256',
              typ: 'dpop+jwt',
              jwk: { kty: 'EC', crv: 'P-256', x: c.toString('base64url'), y: u.toString('base64url') },
            },
            f = { jti: crypto.randomUUID(), htm: e, htu: r, iat: Math.floor(Date.now() / 1e3) },
            m = Buffer.from(JSON.stringify(l)).toString('base64url'),
            p = Buffer.from(JSON.stringify(f)).toString('base64url'),
            h = `${m}.${p}`,
            y = cz('sha256', Buffer.from(h), o),
            w = this.derToRawSignature(y).toString('base64url');
          return `${h}.${w}`;
        } catch (o) {
          throw new po(`Failed to generate Dpop proof: ${o instanceof Error ? o.message : String(o)}`, {
            logger: this.logger,
            tryNextLink: !1,
          });
        }
      }
    },
    lz =
      (t) =>
      async ({ callerClientConfig: e } = {}) => {
        t?.logger?.debug?.('@aws-sdk/credential-providers - fromLoginCredentials');
        const r = await rz(t || {}),
          s = sz({ profile: t?.profile ?? e?.profile }),
          o = r[s];
        if (!o?.login_session)
          throw new po(`Profile ${s} does not contain login_session.`, {
            tryNextLink: !0,
            logger: t?.logger,
          });
        const i = await new bE(o, t, e).loadCredentials();
        return tz(i, 'CREDENTIALS_LOGIN', 'AD');
      };
  wP.fromLoginCredentials = lz;
});
var _E = $e((xP) => {
  var {
      externalDataInterceptor: fz,
      CredentialsProviderError: xE,
      parseKnownFiles: mz,
      getProfileName: pz,
    } = (ne(), O(Ht)),
    { exec: hz } = pt('node:child_process'),
    { promisify: gz } = pt('node:util'),
    { setCredentialFeature: yz } = (ie(), O(ts)),
    Sz = (t, e, r) => {
      if (e.Version !== 1) throw Error(`Profile ${t} credential_process did not return Version 1.`);
      if (e.AccessKeyId === void 0 || e.SecretAccessKey === void 0)
        throw Error(`Profile ${t} credential_process returned invalid credentials.`);
      if (e.Expiration) {
        const n = new Date();
        if (new Date(e.Expiration) < n)
          throw Error(`Profile ${t} credential_process returned expired credentials.`);
      }
      let s = e.AccountId;
      !s && r?.[t]?.aws_account_id && (s = r[t].aws_account_id);
      const o = {
        accessKeyId: e.AccessKeyId,
        secretAccessKey: e.SecretAccessKey,
        ...(e.SessionToken && { sessionToken: e.SessionToken }),
        ...(e.Expiration && { expiration: new Date(e.Expiration) }),
        ...(e.CredentialScope && { credentialScope: e.CredentialScope }),
        ...(s && { accountId: s }),
      };
      return (yz(o, 'CREDENTIALS_PROCESS', 'w'), o);
    },
    Ez = async (t, e, r) => {
      const s = e[t];
      if (e[t]) {
        const o = s.credential_process;
        if (o !== void 0) {
          const n = gz(fz?.getTokenRecord?.().exec ?? hz);
          try {
            let { stdout: i } = await n(o),
              a;
            try {
              a = JSON.parse(i.trim());
            } catch {
              throw Error(`Profile ${t} credential_process returned invalid JSON.`);
            }
            return Sz(t, a, e);
          } catch (i) {
            throw new xE(i.message, { logger: r });
          }
        } else throw new xE(`Profile ${t} did not contain credential_process.`, { logger: r });
      } else throw new xE(`Profile ${t} could not be found in shared credentials file.`, { logger: r });
    },
    wz =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug('@aws-sdk/credential-provider-process - fromProcess');
        const r = await mz(t);
        return Ez(pz({ profile: t.profile ?? e?.profile }), r, t.logger);
      };
  xP.fromProcess = wz;
});
var TE = $e((AE) => {
  var { setCredentialFeature: bz } = (ie(), O(ts)),
    { CredentialsProviderError: xz, externalDataInterceptor: _z } = (ne(), O(Ht)),
    { readFileSync: Az } = pt('node:fs'),
    AP = (t) => async (e) => {
      t.logger?.debug('@aws-sdk/credential-provider-web-identity - fromWebToken');
      let {
          roleArn: r,
          roleSessionName: s,
          webIdentityToken: o,
          providerId: n,
          policyArns: i,
          policy: a,
          durationSeconds: c,
        } = t,
        { roleAssumerWithWebIdentity: u } = t;
      if (!u) {
        const { getDefaultRoleAssumerWithWebIdentity: l } = (tE(), O(eE));
        u = l(
          {
            ...t.clientConfig,
            credentialProviderLogger: t.logger,
            parentClientConfig: { ...e?.callerClientConfig, ...t.parentClientConfig },
          },
          t.clientPlugins,
        );
      }
      return u({
        RoleArn: r,
        RoleSessionName: s ?? `aws-sdk-js-session-${Date.now()}`,
        WebIdentityToken: o,
        ProviderId: n,
        PolicyArns: i,
        Policy: a,
        DurationSeconds: c,
      });
    },
    _P = 'AWS_WEB_IDENTITY_TOKEN_FILE',
    Tz = 'AWS_ROLE_ARN',
    Rz = 'AWS_ROLE_SESSION_NAME',
    vz =
      (t = {}) =>
      async (e) => {
        t.logger?.debug('@aws-sdk/credential-provider-web-identity - fromTokenFile');
        const r = t?.webIdentityTokenFile ?? process.env[_P],
          s = t?.roleArn ?? process.env[Tz],
          o = t?.roleSessionName ?? process.env[Rz];
        if (!r || !s) throw new xz('Web identity configuration not specified', { logger: t.logger });
        const n = await AP({
          ...t,
          webIdentityToken: _z?.getTokenRecord?.()[r] ?? Az(r, { encoding: 'ascii' }),
          roleArn: s,
          roleSessionName: o,
        })(e);
        return (r === process.env[_P] && bz(n, 'CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN', 'h'), n);
      };
  AE.fromTokenFile = vz;
  AE.fromWebToken = AP;
});
var OP = $e((NP) => {
  var { CredentialsProviderError: ff, chain: Cz, getProfileName: CP, parseKnownFiles: Iz } = (ne(), O(Ht)),
    { setCredentialFeature: ws } = (ie(), O(ts)),
    Nz = (t, e, r) => {
      const s = {
        EcsContainer: async (o) => {
          const { fromHttp: n } = By(),
            { fromContainerMetadata: i } = Jd();
          return (
            r?.debug('@aws-sdk/credential-provider-ini - credential_source is EcsContainer'),
            async () => Cz(n(o ?? {}), i(o))().then(RE)
          );
        },
        Ec2InstanceMetadata: async (o) => {
          r?.debug('@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata');
          const { fromInstanceMetadata: n } = Jd();
          return async () => n(o)().then(RE);
        },
        Environment: async (o) => {
          r?.debug('@aws-sdk/credential-provider-ini - credential_source is Environment');
          const { fromEnv: n } = Ty();
          return async () => n(o)().then(RE);
        },
      };
      if (t in s) return s[t];
      throw new ff(
        `Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2InstanceMetadata or Environment.`,
        { logger: r },
      );
    },
    RE = (t) => ws(t, 'CREDENTIALS_PROFILE_NAMED_PROVIDER', 'p'),
    Oz = (t, { profile: e = 'default', logger: r } = {}) =>
      !!t &&
      typeof t == 'object' &&
      typeof t.role_arn == 'string' &&
      ['undefined', 'string'].indexOf(typeof t.role_session_name) > -1 &&
      ['undefined', 'string'].indexOf(typeof t.external_id) > -1 &&
      ['undefined', 'string'].indexOf(typeof t.mfa_serial) > -1 &&
      (Mz(t, { profile: e, logger: r }) || Pz(t, { profile: e, logger: r })),
    Mz = (t, { profile: e, logger: r }) => {
      const s = typeof t.source_profile == 'string' && typeof t.credential_source > 'u';
      return (
        s && r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`), s
      );
    },
    Pz = (t, { profile: e, logger: r }) => {
      const s = typeof t.credential_source == 'string' && typeof t.source_profile > 'u';
      return (
        s && r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`), s
      );
    },
    kz = async (t, e, r, s, o = {}, n) => {
      r.logger?.debug('@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)');
      const i = e[t],
        { source_profile: a, region: c } = i;
      if (!r.roleAssumer) {
        const { getDefaultRoleAssumer: l } = (tE(), O(eE));
        r.roleAssumer = l(
          {
            ...r.clientConfig,
            credentialProviderLogger: r.logger,
            parentClientConfig: {
              ...s,
              ...r?.parentClientConfig,
              region: c ?? r?.parentClientConfig?.region ?? s?.region,
            },
          },
          r.clientPlugins,
        );
      }
      if (a && a in o)
        throw new ff(
          `Detected a cycle attempting to resolve credentials for profile ${CP(r)}. Profiles visited: ` +
            Object.keys(o).join(', '),
          { logger: r.logger },
        );
      r.logger?.debug(
        `@aws-sdk/credential-provider-ini - finding credential resolver using ${a ? `source_profile=[${a}]` : `profile=[${t}]`}`,
      );
      const u = a
        ? n(a, e, r, s, { ...o, [a]: !0 }, TP(e[a] ?? {}))
        : (await Nz(i.credential_source, t, r.logger)(r))();
      if (TP(i)) return u.then((l) => ws(l, 'CREDENTIALS_PROFILE_SOURCE_PROFILE', 'o'));
      {
        const l = {
            RoleArn: i.role_arn,
            RoleSessionName: i.role_session_name || `aws-sdk-js-${Date.now()}`,
            ExternalId: i.external_id,
            DurationSeconds: parseInt(i.duration_seconds || '3600', 10),
          },
          { mfa_serial: f } = i;
        if (f) {
          if (!r.mfaCodeProvider)
            throw new ff(
              `Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
              { logger: r.logger, tryNextLink: !1 },
            );
          (l.SerialNumber = f), (l.TokenCode = await r.mfaCodeProvider(f));
        }
        const m = await u;
        return r.roleAssumer(m, l).then((p) => ws(p, 'CREDENTIALS_PROFILE_SOURCE_PROFILE', 'o'));
      }
    },
    TP = (t) => !t.role_arn && !!t.credential_source,
    Dz = (t) => !!(t && t.login_session),
    $z = async (t, e, r) => {
      const { fromLoginCredentials: s } = bP(),
        o = await s({ ...e, profile: t })({ callerClientConfig: r });
      return ws(o, 'CREDENTIALS_PROFILE_LOGIN', 'AC');
    },
    Lz = (t) => !!t && typeof t == 'object' && typeof t.credential_process == 'string',
    Bz = async (t, e) => {
      const { fromProcess: r } = _E(),
        s = await r({ ...t, profile: e })();
      return ws(s, 'CREDENTIALS_PROFILE_PROCESS', 'v');
    },
    Fz = async (t, e, r = {}, s) => {
      const { fromSSO: o } = kS();
      return o({
        profile: t,
        logger: r.logger,
        parentClientConfig: r.parentClientConfig,
        clientConfig: r.clientConfig,
      })({ callerClientConfig: s }).then((n) =>
        e.sso_session ? ws(n, 'CREDENTIALS_PROFILE_SSO', 'r') : ws(n, 'CREDENTIALS_PROFILE_SSO_LEGACY', 't'),
      );
    },
    Uz = (t) =>
      t &&
      (typeof t.sso_start_url == 'string' ||
        typeof t.sso_account_id == 'string' ||
        typeof t.sso_session == 'string' ||
        typeof t.sso_region == 'string' ||
        typeof t.sso_role_name == 'string'),
    RP = (t) =>
      !!t &&
      typeof t == 'object' &&
      typeof t.aws_access_key_id == 'string' &&
      typeof t.aws_secret_access_key == 'string' &&
      ['undefined', 'string'].indexOf(typeof t.aws_session_token) > -1 &&
      ['undefined', 'string'].indexOf(typeof t.aws_account_id) > -1,
    vP = async (t, e) => {
      e?.logger?.debug('@aws-sdk/credential-provider-ini - resolveStaticCredentials');
      const r = {
        accessKeyId: t.aws_access_key_id,
        secretAccessKey: t.aws_secret_access_key,
        sessionToken: t.aws_session_token,
        ...(t.aws_credential_scope && { credentialScope: t.aws_credential_scope }),
        ...(t.aws_account_id && { accountId: t.aws_account_id }),
      };
      return ws(r, 'CREDENTIALS_PROFILE', 'n');
    },
    Hz = (t) =>
      !!t &&
      typeof t == 'object' &&
      typeof t.web_identity_token_file == 'string' &&
      typeof t.role_arn == 'string' &&
      ['undefined', 'string'].indexOf(typeof t.role_session_name) > -1,
    zz = async (t, e, r) => {
      const { fromTokenFile: s } = TE(),
        o = await s({
          webIdentityTokenFile: t.web_identity_token_file,
          roleArn: t.role_arn,
          roleSessionName: t.role_session_name,
          roleAssumerWithWebIdentity: e.roleAssumerWithWebIdentity,
          logger: e.logger,
          parentClientConfig: e.parentClientConfig,
        })({ callerClientConfig: r });
      return ws(o, 'CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN', 'q');
    },
    IP = async (t, e, r, s, o = {}, n = !1) => {
      const i = e[t];
      if (Object.keys(o).length > 0 && RP(i)) return vP(i, r);
      if (n || Oz(i, { profile: t, logger: r.logger })) return kz(t, e, r, s, o, IP);
      if (RP(i)) return vP(i, r);
      if (Hz(i)) return zz(i, r, s);
      if (Lz(i)) return Bz(r, t);
      if (Uz(i)) return await Fz(t, i, r, s);
      if (Dz(i)) return $z(t, r, s);
      throw new ff(
        `Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,
        { logger: r.logger },
      );
    },
    Vz =
      (t = {}) =>
      async ({ callerClientConfig: e } = {}) => {
        t.logger?.debug('@aws-sdk/credential-provider-ini - fromIni');
        const r = await Iz(t);
        return IP(CP({ profile: t.profile ?? e?.profile }), r, t, e);
      };
  NP.fromIni = Vz;
});
var DP = $e((pf) => {
  var { ENV_KEY: qz, ENV_SECRET: jz, fromEnv: Wz } = Ty(),
    { chain: Gz, CredentialsProviderError: mf, ENV_PROFILE: Kz } = (ne(), O(Ht)),
    MP = 'AWS_EC2_METADATA_DISABLED',
    Qz = async (t) => {
      const {
        ENV_CMDS_FULL_URI: e,
        ENV_CMDS_RELATIVE_URI: r,
        fromContainerMetadata: s,
        fromInstanceMetadata: o,
      } = Jd();
      if (process.env[r] || process.env[e]) {
        t.logger?.debug('@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata');
        const { fromHttp: n } = By();
        return Gz(n(t), s(t));
      }
      return process.env[MP] && process.env[MP] !== 'false'
        ? async () => {
            throw new mf('EC2 Instance Metadata Service access disabled', { logger: t.logger });
          }
        : (t.logger?.debug('@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata'), o(t));
    };
  function Jz(t, e) {
    let r = Xz(t),
      s,
      o,
      n,
      i,
      a = async (c) => {
        if (c?.forceRefresh)
          return (
            i ||
              (i = r(c)
                .then((u) => {
                  n = u;
                })
                .finally(() => {
                  i = void 0;
                })),
            await i,
            n
          );
        if ((n?.expiration && n?.expiration?.getTime() < Date.now() && (n = void 0), s)) await s;
        else if (!n || e?.(n))
          if (n)
            o ||
              (o = r(c)
                .then((u) => {
                  n = u;
                })
                .catch(() => {})
                .finally(() => {
                  o = void 0;
                }));
          else
            return (
              (s = r(c)
                .then((u) => {
                  n = u;
                })
                .finally(() => {
                  s = void 0;
                })),
              a(c)
            );
        return n;
      };
    return a;
  }
  var Xz = (t) => async (e) => {
      let r;
      for (const s of t)
        try {
          return await s(e);
        } catch (o) {
          if (((r = o), o?.tryNextLink)) continue;
          throw o;
        }
      throw r;
    },
    PP = !1,
    Yz = (t = {}) =>
      Jz(
        [
          async () => {
            if (t.profile ?? process.env[Kz])
              throw (
                process.env[qz] &&
                  process.env[jz] &&
                  (PP ||
                    ((t.logger?.warn && t.logger?.constructor?.name !== 'NoOpLogger'
                      ? t.logger.warn.bind(t.logger)
                      : console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),
                    (PP = !0))),
                new mf('AWS_PROFILE is set, skipping fromEnv provider.', {
                  logger: t.logger,
                  tryNextLink: !0,
                })
              );
            return (t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromEnv'), Wz(t)());
          },
          async (e) => {
            t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromSSO');
            const { ssoStartUrl: r, ssoAccountId: s, ssoRegion: o, ssoRoleName: n, ssoSession: i } = t;
            if (!r && !s && !o && !n && !i)
              throw new mf('Skipping SSO provider in default chain (inputs do not include SSO fields).', {
                logger: t.logger,
              });
            const { fromSSO: a } = kS();
            return a(t)(e);
          },
          async (e) => {
            t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromIni');
            const { fromIni: r } = OP();
            return r(t)(e);
          },
          async (e) => {
            t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromProcess');
            const { fromProcess: r } = _E();
            return r(t)(e);
          },
          async (e) => {
            t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::fromTokenFile');
            const { fromTokenFile: r } = TE();
            return r(t)(e);
          },
          async () => (
            t.logger?.debug('@aws-sdk/credential-provider-node - defaultProvider::remoteProvider'),
            (await Qz(t))()
          ),
          async () => {
            throw new mf('Could not load credentials from any providers', {
              tryNextLink: !1,
              logger: t.logger,
            });
          },
        ],
        kP,
      ),
    Zz = (t) => t?.expiration !== void 0,
    kP = (t) => t?.expiration !== void 0 && t.expiration.getTime() - Date.now() < 3e5;
  pf.credentialsTreatedAsExpired = kP;
  pf.credentialsWillNeedRefresh = Zz;
  pf.defaultProvider = Yz;
});
var w1 = $e((E) => {
  var {
      awsEndpointFunctions: eV,
      emitWarningIfUnsupportedVersion: tV,
      createDefaultUserAgentProvider: rV,
      getDefaultSocketTimeout: sV,
      NODE_APP_ID_CONFIG_OPTIONS: oV,
      getAwsRegionExtensionConfiguration: nV,
      resolveAwsRegionExtensionConfiguration: iV,
      resolveUserAgentConfig: aV,
      resolveHostHeaderConfig: cV,
      getUserAgentPlugin: uV,
      getHostHeaderPlugin: dV,
      getLoggerPlugin: lV,
      getRecursionDetectionPlugin: fV,
      getLongPollPlugin: mV,
    } = (ie(), O(ts)),
    {
      resolveQueueUrlConfig: pV,
      getQueueUrlPlugin: hV,
      getReceiveMessagePlugin: gV,
      getSendMessageBatchPlugin: yV,
      getSendMessagePlugin: SV,
    } = tv(),
    {
      getHttpAuthSchemeEndpointRuleSetPlugin: EV,
      DefaultIdentityProviderConfig: wV,
      getHttpSigningPlugin: bV,
      createPaginator: HP,
    } = (St(), O(FT)),
    {
      normalizeProvider: zP,
      getSmithyContext: xV,
      ServiceException: _V,
      NoOpLogger: AV,
      emitWarningIfUnsupportedVersion: TV,
      loadConfigsForDefaultMode: RV,
      getDefaultExtensionConfiguration: vV,
      resolveDefaultRuntimeConfig: CV,
      Client: VP,
      makeBuilder: IV,
      createAggregatedClient: NV,
    } = (P(), O(Hi)),
    { Command: OV } = (P(), O(Hi));
  E.$Command = OV;
  E.__Client = VP;
  var {
      resolveDefaultsModeConfig: MV,
      loadConfig: Xo,
      NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS: PV,
      NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS: kV,
      NODE_REGION_CONFIG_OPTIONS: DV,
      NODE_REGION_CONFIG_FILE_OPTIONS: $V,
      resolveRegionConfig: LV,
    } = (ne(), O(Ht)),
    {
      BinaryDecisionDiagram: BV,
      EndpointCache: FV,
      decideEndpoint: UV,
      customEndpointFunctions: HV,
      resolveEndpointConfig: zV,
      getEndpointPlugin: VV,
    } = (me(), O(p0)),
    {
      parseUrl: qV,
      getHttpHandlerExtensionConfiguration: jV,
      resolveHttpHandlerRuntimeConfig: WV,
      getContentLengthPlugin: GV,
    } = (D(), O(No)),
    {
      DEFAULT_RETRY_MODE: KV,
      NODE_RETRY_MODE_CONFIG_OPTIONS: QV,
      NODE_MAX_ATTEMPT_CONFIG_OPTIONS: JV,
      resolveRetryConfig: XV,
      getRetryPlugin: YV,
    } = (ar(), O(fR)),
    { TypeRegistry: qP, getSchemaSerdePlugin: ZV } = (q(), O(ix)),
    {
      resolveAwsSdkSigV4Config: e3,
      AwsSdkSigV4Signer: t3,
      NODE_AUTH_SCHEME_PREFERENCE_OPTIONS: r3,
    } = (ft(), O(Ay)),
    { defaultProvider: s3 } = DP(),
    { toUtf8: o3, fromUtf8: n3, toBase64: i3, fromBase64: a3, calculateBodyLength: c3 } = (M(), O(Ao)),
    { streamCollector: u3, NodeHttpHandler: d3 } = Do(),
    { AwsJson1_0Protocol: l3 } = (di(), O(iI)),
    { Sha256: f3, Md5: m3 } = (Ds(), O(bA)),
    p3 = async (t, e, r) => ({
      operation: xV(e).operation,
      region:
        (await zP(t.region)()) ||
        (() => {
          throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
        })(),
    });
  function h3(t) {
    return {
      schemeId: 'aws.auth#sigv4',
      signingProperties: { name: 'sqs', region: t.region },
      propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
    };
  }
  var g3 = (t) => {
      const e = [];
      switch (t.operation) {
        default:
          e.push(h3(t));
      }
      return e;
    },
    y3 = (t) => {
      const e = e3(t);
      return Object.assign(e, { authSchemePreference: zP(t.authSchemePreference ?? []) });
    },
    S3 = (t) =>
      Object.assign(t, {
        useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
        useFipsEndpoint: t.useFipsEndpoint ?? !1,
        defaultSigningName: 'sqs',
      }),
    E3 = {
      UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
      Endpoint: { type: 'builtInParams', name: 'endpoint' },
      Region: { type: 'builtInParams', name: 'region' },
      UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
    },
    w3 = '3.1174.0',
    b3 = { version: w3 },
    Ec = 'ref',
    Yo = -1,
    hf = !0,
    $P = 'isSet',
    jP = 'PartitionResult',
    gf = 'booleanEquals',
    vE = 'getAttr',
    LP = { [Ec]: 'Endpoint' },
    CE = { [Ec]: jP },
    yi = {},
    BP = [{ [Ec]: 'Region' }],
    FP = {
      conditions: [
        [$P, [LP]],
        [$P, BP],
        ['aws.partition', BP, jP],
        [gf, [{ [Ec]: 'UseFIPS' }, hf]],
        [gf, [{ [Ec]: 'UseDualStack' }, hf]],
        [gf, [{ fn: vE, argv: [CE, 'supportsDualStack'] }, hf]],
        [gf, [{ fn: vE, argv: [CE, 'supportsFIPS'] }, hf]],
        ['stringEquals', [{ fn: vE, argv: [CE, 'name'] }, 'aws-us-gov']],
      ],
      results: [
        [Yo],
        [Yo, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
        [Yo, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
        [LP, yi],
        ['https://sqs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', yi],
        [Yo, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
        ['https://sqs.{Region}.amazonaws.com', yi],
        ['https://sqs-fips.{Region}.{PartitionResult#dnsSuffix}', yi],
        [Yo, 'FIPS is enabled but this partition does not support FIPS'],
        ['https://sqs.{Region}.{PartitionResult#dualStackDnsSuffix}', yi],
        [Yo, 'DualStack is enabled but this partition does not support DualStack'],
        ['https://sqs.{Region}.{PartitionResult#dnsSuffix}', yi],
        [Yo, 'Invalid Configuration: Missing Region'],
      ],
    },
    x3 = 2,
    At = 1e8,
    _3 = new Int32Array([
      -1,
      1,
      -1,
      0,
      13,
      3,
      1,
      4,
      At + 12,
      2,
      5,
      At + 12,
      3,
      8,
      6,
      4,
      7,
      At + 11,
      5,
      At + 9,
      At + 10,
      4,
      11,
      9,
      6,
      10,
      At + 8,
      7,
      At + 6,
      At + 7,
      5,
      12,
      At + 5,
      6,
      At + 4,
      At + 5,
      3,
      At + 1,
      14,
      4,
      At + 2,
      At + 3,
    ]),
    A3 = BV.from(_3, x3, FP.conditions, FP.results),
    T3 = new FV({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] }),
    R3 = (t, e = {}) => T3.get(t, () => UV(A3, { endpointParams: t, logger: e.logger }));
  HV.aws = eV;
  var Q = class t extends _V {
      static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.sqs#SQSServiceException';
      constructor(e) {
        super(e), Object.setPrototypeOf(this, t.prototype);
      }
    },
    yf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#InvalidAddress';
      name = 'InvalidAddress';
      $fault = 'client';
      constructor(e) {
        super({ name: 'InvalidAddress', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
      }
    },
    Sf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#InvalidSecurity';
      name = 'InvalidSecurity';
      $fault = 'client';
      constructor(e) {
        super({ name: 'InvalidSecurity', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
      }
    },
    Ef = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#OverLimit';
      name = 'OverLimit';
      $fault = 'client';
      constructor(e) {
        super({ name: 'OverLimit', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
      }
    },
    wf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#QueueDoesNotExist';
      name = 'QueueDoesNotExist';
      $fault = 'client';
      constructor(e) {
        super({ name: 'QueueDoesNotExist', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    bf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#RequestThrottled';
      name = 'RequestThrottled';
      $fault = 'client';
      constructor(e) {
        super({ name: 'RequestThrottled', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
      }
    },
    xf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#UnsupportedOperation';
      name = 'UnsupportedOperation';
      $fault = 'client';
      constructor(e) {
        super({ name: 'UnsupportedOperation', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    _f = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#ResourceNotFoundException';
      name = 'ResourceNotFoundException';
      $fault = 'client';
      constructor(e) {
        super({ name: 'ResourceNotFoundException', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    Af = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#MessageNotInflight';
      name = 'MessageNotInflight';
      $fault = 'client';
      constructor(e) {
        super({ name: 'MessageNotInflight', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    Tf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#ReceiptHandleIsInvalid';
      name = 'ReceiptHandleIsInvalid';
      $fault = 'client';
      constructor(e) {
        super({ name: 'ReceiptHandleIsInvalid', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    Rf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#BatchEntryIdsNotDistinct';
      name = 'BatchEntryIdsNotDistinct';
      $fault = 'client';
      constructor(e) {
        super({ name: 'BatchEntryIdsNotDistinct', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    vf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#EmptyBatchRequest';
      name = 'EmptyBatchRequest';
      $fault = 'client';
      constructor(e) {
        super({ name: 'EmptyBatchRequest', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    Cf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#InvalidBatchEntryId';
      name = 'InvalidBatchEntryId';
      $fault = 'client';
      constructor(e) {
        super({ name: 'InvalidBatchEntryId', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    If = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#TooManyEntriesInBatchRequest';
      name = 'TooManyEntriesInBatchRequest';
      $fault = 'client';
      constructor(e) {
        super({ name: 'TooManyEntriesInBatchRequest', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    Nf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#InvalidAttributeName';
      name = 'InvalidAttributeName';
      $fault = 'client';
      constructor(e) {
        super({ name: 'InvalidAttributeName', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    Of = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#InvalidAttributeValue';
      name = 'InvalidAttributeValue';
      $fault = 'client';
      constructor(e) {
        super({ name: 'InvalidAttributeValue', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    Mf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#QueueDeletedRecently';
      name = 'QueueDeletedRecently';
      $fault = 'client';
      constructor(e) {
        super({ name: 'QueueDeletedRecently', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    Pf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#QueueNameExists';
      name = 'QueueNameExists';
      $fault = 'client';
      constructor(e) {
        super({ name: 'QueueNameExists', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
      }
    },
    kf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#InvalidIdFormat';
      name = 'InvalidIdFormat';
      $fault = 'client';
      constructor(e) {
        super({ name: 'InvalidIdFormat', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
      }
    },
    Df = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#PurgeQueueInProgress';
      name = 'PurgeQueueInProgress';
      $fault = 'client';
      constructor(e) {
        super({ name: 'PurgeQueueInProgress', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    $f = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#KmsAccessDenied';
      name = 'KmsAccessDenied';
      $fault = 'client';
      constructor(e) {
        super({ name: 'KmsAccessDenied', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
      }
    },
    Lf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#KmsDisabled';
      name = 'KmsDisabled';
      $fault = 'client';
      constructor(e) {
        super({ name: 'KmsDisabled', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
      }
    },
    Bf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#KmsInvalidKeyUsage';
      name = 'KmsInvalidKeyUsage';
      $fault = 'client';
      constructor(e) {
        super({ name: 'KmsInvalidKeyUsage', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    Ff = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#KmsInvalidState';
      name = 'KmsInvalidState';
      $fault = 'client';
      constructor(e) {
        super({ name: 'KmsInvalidState', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
      }
    },
    Uf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#KmsNotFound';
      name = 'KmsNotFound';
      $fault = 'client';
      constructor(e) {
        super({ name: 'KmsNotFound', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
      }
    },
    Hf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#KmsOptInRequired';
      name = 'KmsOptInRequired';
      $fault = 'client';
      constructor(e) {
        super({ name: 'KmsOptInRequired', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
      }
    },
    zf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#KmsThrottled';
      name = 'KmsThrottled';
      $fault = 'client';
      constructor(e) {
        super({ name: 'KmsThrottled', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
      }
    },
    Vf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#InvalidMessageContents';
      name = 'InvalidMessageContents';
      $fault = 'client';
      constructor(e) {
        super({ name: 'InvalidMessageContents', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    qf = class t extends Q {
      static shapeId = 'com.amazonaws.sqs#BatchRequestTooLong';
      name = 'BatchRequestTooLong';
      $fault = 'client';
      constructor(e) {
        super({ name: 'BatchRequestTooLong', $fault: 'client', ...e }),
          Object.setPrototypeOf(this, t.prototype);
      }
    },
    v3 = 'Actions',
    C3 = 'ActionName',
    WP = 'ApproximateNumberOfMessagesMoved',
    I3 = 'ApproximateNumberOfMessagesToMove',
    GP = 'AttributeNames',
    IE = 'AttributeName',
    N3 = 'AddPermission',
    O3 = 'AddPermissionRequest',
    M3 = 'AWSAccountIds',
    P3 = 'AWSAccountId',
    mm = 'Attributes',
    pm = 'Attribute',
    k3 = 'Body',
    D3 = 'BatchEntryIdsNotDistinct',
    $3 = 'BinaryList',
    KP = 'BinaryListValues',
    NE = 'BinaryListValue',
    hm = 'BatchResultErrorEntry',
    L3 = 'BatchResultErrorEntryList',
    B3 = 'BatchRequestTooLong',
    QP = 'BinaryValue',
    F3 = 'Code',
    U3 = 'CancelMessageMoveTask',
    H3 = 'CancelMessageMoveTaskRequest',
    z3 = 'CancelMessageMoveTaskResult',
    V3 = 'ChangeMessageVisibility',
    q3 = 'ChangeMessageVisibilityBatch',
    j3 = 'ChangeMessageVisibilityBatchRequest',
    JP = 'ChangeMessageVisibilityBatchRequestEntry',
    W3 = 'ChangeMessageVisibilityBatchRequestEntryList',
    G3 = 'ChangeMessageVisibilityBatchResultEntryList',
    XP = 'ChangeMessageVisibilityBatchResultEntry',
    K3 = 'ChangeMessageVisibilityBatchResult',
    Q3 = 'ChangeMessageVisibilityRequest',
    J3 = 'CreateQueue',
    X3 = 'CreateQueueRequest',
    Y3 = 'CreateQueueResult',
    YP = 'DestinationArn',
    Z3 = 'DeleteMessage',
    eq = 'DeleteMessageBatch',
    tq = 'DeleteMessageBatchRequest',
    ZP = 'DeleteMessageBatchRequestEntry',
    rq = 'DeleteMessageBatchRequestEntryList',
    sq = 'DeleteMessageBatchResultEntryList',
    ek = 'DeleteMessageBatchResultEntry',
    oq = 'DeleteMessageBatchResult',
    nq = 'DeleteMessageRequest',
    iq = 'DeleteQueue',
    aq = 'DeleteQueueRequest',
    tk = 'DelaySeconds',
    rk = 'DataType',
    OE = 'Entries',
    cq = 'EmptyBatchRequest',
    ME = 'Failed',
    uq = 'FailureReason',
    dq = 'GetQueueAttributes',
    lq = 'GetQueueAttributesRequest',
    fq = 'GetQueueAttributesResult',
    mq = 'GetQueueUrl',
    pq = 'GetQueueUrlRequest',
    hq = 'GetQueueUrlResult',
    Zo = 'Id',
    gq = 'InvalidAddress',
    yq = 'InvalidAttributeName',
    Sq = 'InvalidAttributeValue',
    Eq = 'InvalidBatchEntryId',
    wq = 'InvalidIdFormat',
    bq = 'InvalidMessageContents',
    xq = 'InvalidSecurity',
    _q = 'Key',
    Aq = 'KmsAccessDenied',
    Tq = 'KmsDisabled',
    Rq = 'KmsInvalidKeyUsage',
    vq = 'KmsInvalidState',
    Cq = 'KmsNotFound',
    Iq = 'KmsOptInRequired',
    Nq = 'KmsThrottled',
    sk = 'Label',
    Oq = 'ListDeadLetterSourceQueues',
    Mq = 'ListDeadLetterSourceQueuesRequest',
    Pq = 'ListDeadLetterSourceQueuesResult',
    kq = 'ListMessageMoveTasks',
    Dq = 'ListMessageMoveTasksRequest',
    ok = 'ListMessageMoveTasksResultEntry',
    $q = 'ListMessageMoveTasksResultEntryList',
    UP = 'ListMessageMoveTasksResult',
    Lq = 'ListQueues',
    Bq = 'ListQueuesRequest',
    Fq = 'ListQueuesResult',
    Uq = 'ListQueueTags',
    Hq = 'ListQueueTagsRequest',
    zq = 'ListQueueTagsResult',
    PE = 'Message',
    kE = 'MessageAttributes',
    Vq = 'MessageAttributeNames',
    qq = 'MessageAttributeName',
    jq = 'MessageAttributeValue',
    DE = 'MessageAttribute',
    nk = 'MessageBody',
    Wq = 'MessageBodyAttributeMap',
    Gq = 'MessageBodySystemAttributeMap',
    ik = 'MessageDeduplicationId',
    Kq = 'MD5OfBody',
    $E = 'MD5OfMessageAttributes',
    ak = 'MD5OfMessageBody',
    ck = 'MD5OfMessageSystemAttributes',
    uk = 'MessageGroupId',
    LE = 'MessageId',
    Qq = 'MessageList',
    Jq = 'MessageNotInflight',
    Xq = 'MaxNumberOfMessages',
    dk = 'MaxNumberOfMessagesPerSecond',
    BE = 'MaxResults',
    lk = 'MessageSystemAttributes',
    Yq = 'MessageSystemAttributeMap',
    Zq = 'MessageSystemAttributeNames',
    ej = 'MessageSystemAttributeValue',
    fk = 'MessageSystemAttribute',
    tj = 'Messages',
    gm = 'Name',
    ym = 'NextToken',
    rj = 'OverLimit',
    sj = 'PurgeQueue',
    oj = 'PurgeQueueInProgress',
    nj = 'PurgeQueueRequest',
    ij = 'QueueAttributeMap',
    aj = 'QueueDoesNotExist',
    cj = 'QueueDeletedRecently',
    mk = 'QueueName',
    uj = 'QueueNameExists',
    dj = 'QueueNamePrefix',
    lj = 'QueueOwnerAWSAccountId',
    ve = 'QueueUrl',
    fj = 'QueueUrls',
    mj = 'Results',
    xc = 'ReceiptHandle',
    pj = 'ReceiptHandleIsInvalid',
    hj = 'ReceiveMessage',
    gj = 'ReceiveMessageRequest',
    yj = 'ReceiveMessageResult',
    Sj = 'ResourceNotFoundException',
    Ej = 'RemovePermission',
    wj = 'RemovePermissionRequest',
    bj = 'ReceiveRequestAttemptId',
    xj = 'RequestThrottled',
    FE = 'Successful',
    UE = 'SourceArn',
    _j = 'SenderFault',
    Aj = 'StringList',
    pk = 'StringListValues',
    HE = 'StringListValue',
    Tj = 'SendMessage',
    Rj = 'SendMessageBatch',
    vj = 'SendMessageBatchRequest',
    hk = 'SendMessageBatchRequestEntry',
    Cj = 'SendMessageBatchRequestEntryList',
    Ij = 'SendMessageBatchResultEntryList',
    gk = 'SendMessageBatchResultEntry',
    Nj = 'SendMessageBatchResult',
    Oj = 'StartMessageMoveTask',
    Mj = 'StartMessageMoveTaskRequest',
    Pj = 'StartMessageMoveTaskResult',
    kj = 'SendMessageRequest',
    Dj = 'SendMessageResult',
    yk = 'SequenceNumber',
    $j = 'SetQueueAttributes',
    Lj = 'SetQueueAttributesRequest',
    Bj = 'StartedTimestamp',
    Sk = 'StringValue',
    Fj = 'Status',
    zE = 'Tag',
    VE = 'TaskHandle',
    Uj = 'TagKeys',
    Hj = 'TagKey',
    zj = 'TagMap',
    Vj = 'TooManyEntriesInBatchRequest',
    qj = 'TagQueue',
    jj = 'TagQueueRequest',
    Ek = 'Tags',
    Wj = 'UnsupportedOperation',
    Gj = 'UntagQueue',
    Kj = 'UntagQueueRequest',
    _c = 'Value',
    qE = 'VisibilityTimeout',
    Qj = 'WaitTimeSeconds',
    he = 'awsQueryError',
    ae = 'client',
    ce = 'error',
    ge = 'httpError',
    fe = 'message',
    Jj = 'queueUrls',
    wk = 'smithy.ts.sdk.synthetic.com.amazonaws.sqs',
    Xj = 'tags',
    j = 'xmlFlattened',
    k = 'xmlName',
    x = 'com.amazonaws.sqs',
    bk = new qP(wk),
    xk = [-3, wk, 'SQSServiceException', 0, [], []];
  bk.registerError(xk, Q);
  var re = new qP(x),
    _k = [
      -3,
      x,
      D3,
      { [he]: ['AWS.SimpleQueueService.BatchEntryIdsNotDistinct', 400], [ce]: ae, [ge]: 400 },
      [fe],
      [0],
    ];
  re.registerError(_k, Rf);
  var Ak = [
    -3,
    x,
    B3,
    { [he]: ['AWS.SimpleQueueService.BatchRequestTooLong', 400], [ce]: ae, [ge]: 400 },
    [fe],
    [0],
  ];
  re.registerError(Ak, qf);
  var Tk = [
    -3,
    x,
    cq,
    { [he]: ['AWS.SimpleQueueService.EmptyBatchRequest', 400], [ce]: ae, [ge]: 400 },
    [fe],
    [0],
  ];
  re.registerError(Tk, vf);
  var Rk = [-3, x, gq, { [he]: ['InvalidAddress', 404], [ce]: ae, [ge]: 404 }, [fe], [0]];
  re.registerError(Rk, yf);
  var vk = [-3, x, yq, { [ce]: ae }, [fe], [0]];
  re.registerError(vk, Nf);
  var Ck = [-3, x, Sq, { [ce]: ae }, [fe], [0]];
  re.registerError(Ck, Of);
  var Ik = [
    -3,
    x,
    Eq,
    { [he]: ['AWS.SimpleQueueService.InvalidBatchEntryId', 400], [ce]: ae, [ge]: 400 },
    [fe],
    [0],
  ];
  re.registerError(Ik, Cf);
  var Nk = [-3, x, wq, { [ce]: ae }, [], []];
  re.registerError(Nk, kf);
  var Ok = [-3, x, bq, { [ce]: ae }, [fe], [0]];
  re.registerError(Ok, Vf);
  var Mk = [-3, x, xq, { [he]: ['InvalidSecurity', 403], [ce]: ae, [ge]: 403 }, [fe], [0]];
  re.registerError(Mk, Sf);
  var Pk = [-3, x, Aq, { [he]: ['KMS.AccessDeniedException', 400], [ce]: ae, [ge]: 400 }, [fe], [0]];
  re.registerError(Pk, $f);
  var kk = [-3, x, Tq, { [he]: ['KMS.DisabledException', 400], [ce]: ae, [ge]: 400 }, [fe], [0]];
  re.registerError(kk, Lf);
  var Dk = [-3, x, Rq, { [he]: ['KMS.InvalidKeyUsageException', 400], [ce]: ae, [ge]: 400 }, [fe], [0]];
  re.registerError(Dk, Bf);
  var $k = [-3, x, vq, { [he]: ['KMS.InvalidStateException', 400], [ce]: ae, [ge]: 400 }, [fe], [0]];
  re.registerError($k, Ff);
  var Lk = [-3, x, Cq, { [he]: ['KMS.NotFoundException', 400], [ce]: ae, [ge]: 400 }, [fe], [0]];
  re.registerError(Lk, Uf);
  var Bk = [-3, x, Iq, { [he]: ['KMS.OptInRequired', 403], [ce]: ae, [ge]: 403 }, [fe], [0]];
  re.registerError(Bk, Hf);
  var Fk = [-3, x, Nq, { [he]: ['KMS.ThrottlingException', 400], [ce]: ae, [ge]: 400 }, [fe], [0]];
  re.registerError(Fk, zf);
  var Uk = [
    -3,
    x,
    Jq,
    { [he]: ['AWS.SimpleQueueService.MessageNotInflight', 400], [ce]: ae, [ge]: 400 },
    [],
    [],
  ];
  re.registerError(Uk, Af);
  var Hk = [-3, x, rj, { [he]: ['OverLimit', 403], [ce]: ae, [ge]: 403 }, [fe], [0]];
  re.registerError(Hk, Ef);
  var zk = [
    -3,
    x,
    oj,
    { [he]: ['AWS.SimpleQueueService.PurgeQueueInProgress', 403], [ce]: ae, [ge]: 403 },
    [fe],
    [0],
  ];
  re.registerError(zk, Df);
  var Vk = [
    -3,
    x,
    cj,
    { [he]: ['AWS.SimpleQueueService.QueueDeletedRecently', 400], [ce]: ae, [ge]: 400 },
    [fe],
    [0],
  ];
  re.registerError(Vk, Mf);
  var qk = [
    -3,
    x,
    aj,
    { [he]: ['AWS.SimpleQueueService.NonExistentQueue', 400], [ce]: ae, [ge]: 400 },
    [fe],
    [0],
  ];
  re.registerError(qk, wf);
  var jk = [-3, x, uj, { [he]: ['QueueAlreadyExists', 400], [ce]: ae, [ge]: 400 }, [fe], [0]];
  re.registerError(jk, Pf);
  var Wk = [-3, x, pj, { [he]: ['ReceiptHandleIsInvalid', 404], [ce]: ae, [ge]: 404 }, [fe], [0]];
  re.registerError(Wk, Tf);
  var Gk = [-3, x, xj, { [he]: ['RequestThrottled', 403], [ce]: ae, [ge]: 403 }, [fe], [0]];
  re.registerError(Gk, bf);
  var Kk = [-3, x, Sj, { [he]: ['ResourceNotFoundException', 404], [ce]: ae, [ge]: 404 }, [fe], [0]];
  re.registerError(Kk, _f);
  var Qk = [
    -3,
    x,
    Vj,
    { [he]: ['AWS.SimpleQueueService.TooManyEntriesInBatchRequest', 400], [ce]: ae, [ge]: 400 },
    [fe],
    [0],
  ];
  re.registerError(Qk, If);
  var Jk = [
    -3,
    x,
    Wj,
    { [he]: ['AWS.SimpleQueueService.UnsupportedOperation', 400], [ce]: ae, [ge]: 400 },
    [fe],
    [0],
  ];
  re.registerError(Jk, xf);
  var Xk = [bk, re],
    Yk = [3, x, O3, 0, [ve, sk, M3, v3], [0, 0, [64, { [j]: 1, [k]: P3 }], [64, { [j]: 1, [k]: C3 }]], 4],
    Zk = [3, x, hm, 0, [Zo, _j, F3, PE], [0, 2, 0, 0], 3],
    eD = [3, x, H3, 0, [VE], [0], 1],
    tD = [3, x, z3, 0, [WP], [1]],
    rD = [3, x, j3, 0, [ve, OE], [0, [() => Yj, { [j]: 1, [k]: JP }]], 2],
    sD = [3, x, JP, 0, [Zo, xc, qE], [0, 0, 1], 2],
    oD = [
      3,
      x,
      K3,
      0,
      [FE, ME],
      [
        [() => Zj, { [j]: 1, [k]: XP }],
        [() => jE, { [j]: 1, [k]: hm }],
      ],
      2,
    ],
    nD = [3, x, XP, 0, [Zo], [0], 1],
    iD = [3, x, Q3, 0, [ve, xc, qE], [0, 0, 1], 3],
    aD = [
      3,
      x,
      X3,
      0,
      [mk, mm, Xj],
      [0, [() => GE, { [j]: 1, [k]: pm }], [() => KE, { [j]: 1, [k]: zE }]],
      1,
    ],
    cD = [3, x, Y3, 0, [ve], [0]],
    uD = [3, x, tq, 0, [ve, OE], [0, [() => e6, { [j]: 1, [k]: ZP }]], 2],
    dD = [3, x, ZP, 0, [Zo, xc], [0, 0], 2],
    lD = [
      3,
      x,
      oq,
      0,
      [FE, ME],
      [
        [() => t6, { [j]: 1, [k]: ek }],
        [() => jE, { [j]: 1, [k]: hm }],
      ],
      2,
    ],
    fD = [3, x, ek, 0, [Zo], [0], 1],
    mD = [3, x, nq, 0, [ve, xc], [0, 0], 2],
    pD = [3, x, aq, 0, [ve], [0], 1],
    hD = [3, x, lq, 0, [ve, GP], [0, [64, { [j]: 1, [k]: IE }]], 1],
    gD = [3, x, fq, 0, [mm], [[() => GE, { [j]: 1, [k]: pm }]]],
    yD = [3, x, pq, 0, [mk, lj], [0, 0], 1],
    SD = [3, x, hq, 0, [ve], [0]],
    ED = [3, x, Mq, 0, [ve, ym, BE], [0, 0, 1], 1],
    wD = [3, x, Pq, 0, [Jj, ym], [[64, { [j]: 1, [k]: ve }], 0], 1],
    bD = [3, x, Dq, 0, [UE, BE], [0, 1], 1],
    xD = [3, x, UP, { [k]: UP }, [mj], [[() => r6, { [j]: 1, [k]: ok }]]],
    _D = [3, x, ok, 0, [VE, Fj, UE, YP, dk, WP, I3, uq, Bj], [0, 0, 0, 0, 1, 1, 1, 0, 1]],
    AD = [3, x, Bq, 0, [dj, ym, BE], [0, 0, 1]],
    TD = [3, x, Fq, 0, [fj, ym], [[64, { [j]: 1, [k]: ve }], 0]],
    RD = [3, x, Hq, 0, [ve], [0], 1],
    vD = [3, x, zq, 0, [Ek], [[() => KE, { [j]: 1, [k]: zE }]]],
    CD = [
      3,
      x,
      PE,
      0,
      [LE, xc, Kq, k3, mm, $E, kE],
      [0, 0, 0, 0, [() => i6, { [j]: 1, [k]: pm }], 0, [() => WE, { [j]: 1, [k]: DE }]],
    ],
    ID = [
      3,
      x,
      jq,
      0,
      [rk, Sk, QP, pk, KP],
      [0, 0, 21, [() => GD, { [j]: 1, [k]: HE }], [() => WD, { [j]: 1, [k]: NE }]],
      1,
    ],
    ND = [
      3,
      x,
      ej,
      0,
      [rk, Sk, QP, pk, KP],
      [0, 0, 21, [() => GD, { [j]: 1, [k]: HE }], [() => WD, { [j]: 1, [k]: NE }]],
      1,
    ],
    OD = [3, x, nj, 0, [ve], [0], 1],
    MD = [
      3,
      x,
      gj,
      0,
      [ve, GP, Zq, Vq, Xq, qE, Qj, bj],
      [0, [64, { [j]: 1, [k]: IE }], [64, { [j]: 1, [k]: IE }], [64, { [j]: 1, [k]: qq }], 1, 1, 1, 0],
      1,
    ],
    PD = [3, x, yj, 0, [tj], [[() => s6, { [j]: 1, [k]: PE }]]],
    kD = [3, x, wj, 0, [ve, sk], [0, 0], 2],
    DD = [3, x, vj, 0, [ve, OE], [0, [() => o6, { [j]: 1, [k]: hk }]], 2],
    $D = [
      3,
      x,
      hk,
      0,
      [Zo, nk, tk, kE, lk, ik, uk],
      [0, 0, 1, [() => WE, { [j]: 1, [k]: DE }], [() => KD, { [j]: 1, [k]: fk }], 0, 0],
      2,
    ],
    LD = [
      3,
      x,
      Nj,
      0,
      [FE, ME],
      [
        [() => n6, { [j]: 1, [k]: gk }],
        [() => jE, { [j]: 1, [k]: hm }],
      ],
      2,
    ],
    BD = [3, x, gk, 0, [Zo, LE, ak, $E, ck, yk], [0, 0, 0, 0, 0, 0], 3],
    FD = [
      3,
      x,
      kj,
      0,
      [ve, nk, tk, kE, lk, ik, uk],
      [0, 0, 1, [() => WE, { [j]: 1, [k]: DE }], [() => KD, { [j]: 1, [k]: fk }], 0, 0],
      2,
    ],
    UD = [3, x, Dj, 0, [ak, $E, ck, LE, yk], [0, 0, 0, 0, 0]],
    HD = [3, x, Lj, 0, [ve, mm], [0, [() => GE, { [j]: 1, [k]: pm }]], 2],
    zD = [3, x, Mj, 0, [UE, YP, dk], [0, 0, 1], 1],
    VD = [3, x, Pj, 0, [VE], [0]],
    qD = [3, x, jj, 0, [ve, Ek], [0, [() => KE, { [j]: 1, [k]: zE }]], 2],
    jD = [3, x, Kj, 0, [ve, Uj], [0, [64, { [j]: 1, [k]: Hj }]], 2],
    bs = 'unit',
    jE = [1, x, L3, 0, () => Zk],
    WD = [1, x, $3, 0, [21, { [k]: NE }]],
    Yj = [1, x, W3, 0, () => sD],
    Zj = [1, x, G3, 0, () => nD],
    e6 = [1, x, rq, 0, () => dD],
    t6 = [1, x, sq, 0, () => fD],
    r6 = [1, x, $q, 0, () => _D],
    s6 = [1, x, Qq, 0, [() => CD, 0]],
    o6 = [1, x, Cj, 0, [() => $D, 0]],
    n6 = [1, x, Ij, 0, () => BD],
    GD = [1, x, Aj, 0, [0, { [k]: HE }]],
    WE = [2, x, Wq, 0, [0, { [k]: gm }], [() => ID, { [k]: _c }]],
    KD = [2, x, Gq, 0, [0, { [k]: gm }], [() => ND, { [k]: _c }]],
    i6 = [2, x, Yq, 0, [0, { [k]: gm }], [0, { [k]: _c }]],
    GE = [2, x, ij, 0, [0, { [k]: gm }], [0, { [k]: _c }]],
    KE = [2, x, zj, 0, [0, { [k]: _q }], [0, { [k]: _c }]],
    QD = [9, x, N3, 0, () => Yk, () => bs],
    JD = [9, x, U3, 0, () => eD, () => tD],
    XD = [9, x, V3, 0, () => iD, () => bs],
    YD = [9, x, q3, 0, () => rD, () => oD],
    ZD = [9, x, J3, 0, () => aD, () => cD],
    e1 = [9, x, Z3, 0, () => mD, () => bs],
    t1 = [9, x, eq, 0, () => uD, () => lD],
    r1 = [9, x, iq, 0, () => pD, () => bs],
    s1 = [9, x, dq, 0, () => hD, () => gD],
    o1 = [9, x, mq, 0, () => yD, () => SD],
    n1 = [9, x, Oq, 0, () => ED, () => wD],
    i1 = [9, x, kq, 0, () => bD, () => xD],
    a1 = [9, x, Lq, 0, () => AD, () => TD],
    c1 = [9, x, Uq, 0, () => RD, () => vD],
    u1 = [9, x, sj, 0, () => OD, () => bs],
    d1 = [9, x, hj, 0, () => MD, () => PD],
    l1 = [9, x, Ej, 0, () => kD, () => bs],
    f1 = [9, x, Tj, 0, () => FD, () => UD],
    m1 = [9, x, Rj, 0, () => DD, () => LD],
    p1 = [9, x, $j, 0, () => HD, () => bs],
    h1 = [9, x, Oj, 0, () => zD, () => VD],
    g1 = [9, x, qj, 0, () => qD, () => bs],
    y1 = [9, x, Gj, 0, () => jD, () => bs],
    a6 = (t) => ({
      apiVersion: '2012-11-05',
      base64Decoder: t?.base64Decoder ?? a3,
      base64Encoder: t?.base64Encoder ?? i3,
      disableHostPrefix: t?.disableHostPrefix ?? !1,
      endpointProvider: t?.endpointProvider ?? R3,
      extensions: t?.extensions ?? [],
      httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? g3,
      httpAuthSchemes: t?.httpAuthSchemes ?? [
        {
          schemeId: 'aws.auth#sigv4',
          identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
          signer: new t3(),
        },
      ],
      logger: t?.logger ?? new AV(),
      md5: t?.md5 ?? m3,
      protocol: t?.protocol ?? l3,
      protocolSettings: t?.protocolSettings ?? {
        defaultNamespace: 'com.amazonaws.sqs',
        errorTypeRegistries: Xk,
        version: '2012-11-05',
        serviceTarget: 'AmazonSQS',
        awsQueryCompatible: !0,
      },
      serviceId: t?.serviceId ?? 'SQS',
      sha256: t?.sha256 ?? f3,
      urlParser: t?.urlParser ?? qV,
      utf8Decoder: t?.utf8Decoder ?? n3,
      utf8Encoder: t?.utf8Encoder ?? o3,
    }),
    c6 = (t) => {
      TV(process.version);
      const e = MV(t),
        r = () => e().then(RV),
        s = a6(t);
      tV(process.version);
      const o = { profile: t?.profile, logger: s.logger };
      return {
        ...s,
        ...t,
        runtime: 'node',
        defaultsMode: e,
        authSchemePreference: t?.authSchemePreference ?? Xo(r3, o),
        bodyLengthChecker: t?.bodyLengthChecker ?? c3,
        credentialDefaultProvider: t?.credentialDefaultProvider ?? s3,
        defaultSocketTimeout: sV(t?.requestHandler, 9e5),
        defaultUserAgentProvider:
          t?.defaultUserAgentProvider ?? rV({ serviceId: s.serviceId, clientVersion: b3.version }),
        maxAttempts: t?.maxAttempts ?? Xo(JV, t),
        region: t?.region ?? Xo(DV, { ...$V, ...o }),
        requestHandler: d3.create(t?.requestHandler ?? r),
        retryMode: t?.retryMode ?? Xo({ ...QV, default: async () => (await r()).retryMode || KV }, t),
        streamCollector: t?.streamCollector ?? u3,
        useDualstackEndpoint: t?.useDualstackEndpoint ?? Xo(kV, o),
        useFipsEndpoint: t?.useFipsEndpoint ?? Xo(PV, o),
        userAgentAppId: t?.userAgentAppId ?? Xo(oV, o),
      };
    },
    u6 = (t) => {
      let e = t.httpAuthSchemes,
        r = t.httpAuthSchemeProvider,
        s = t.credentials;
      return {
        setHttpAuthScheme(o) {
          const n = e.findIndex((i) => i.schemeId === o.schemeId);
          n === -1 ? e.push(o) : e.splice(n, 1, o);
        },
        httpAuthSchemes() {
          return e;
        },
        setHttpAuthSchemeProvider(o) {
          r = o;
        },
        httpAuthSchemeProvider() {
          return r;
        },
        setCredentials(o) {
          s = o;
        },
        credentials() {
          return s;
        },
      };
    },
    d6 = (t) => ({
      httpAuthSchemes: t.httpAuthSchemes(),
      httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
      credentials: t.credentials(),
    }),
    l6 = (t, e) => {
      const r = Object.assign(nV(t), vV(t), jV(t), u6(t));
      return (e.forEach((s) => s.configure(r)), Object.assign(t, iV(r), CV(r), WV(r), d6(r)));
    },
    Si = class extends VP {
      config;
      constructor(...[e]) {
        const r = c6(e || {});
        super(r), (this.initConfig = r);
        const s = S3(r),
          o = aV(s),
          n = XV(o),
          i = LV(n),
          a = cV(i),
          c = zV(a),
          u = pV(c),
          l = y3(u),
          f = l6(l, e?.extensions || []);
        (this.config = f),
          this.middlewareStack.use(ZV(this.config)),
          this.middlewareStack.use(uV(this.config)),
          this.middlewareStack.use(YV(this.config)),
          this.middlewareStack.use(GV(this.config)),
          this.middlewareStack.use(dV(this.config)),
          this.middlewareStack.use(lV(this.config)),
          this.middlewareStack.use(fV(this.config)),
          this.middlewareStack.use(hV(this.config)),
          this.middlewareStack.use(
            EV(this.config, {
              httpAuthSchemeParametersProvider: p3,
              identityProviderConfigProvider: async (m) => new wV({ 'aws.auth#sigv4': m.credentials }),
            }),
          ),
          this.middlewareStack.use(bV(this.config));
      }
      destroy() {
        super.destroy();
      }
    },
    ye = IV(E3, 'AmazonSQS', 'SQSClient', VV),
    Se = {},
    Oe = (t, e, r, s) => [],
    f6 = (t, e, r, s) => [gV(r), mV(r)],
    m6 = (t, e, r, s) => [yV(r)],
    p6 = (t, e, r, s) => [SV(r)],
    jf = class extends ye(Se, Oe, 'AddPermission', QD) {},
    Wf = class extends ye(Se, Oe, 'CancelMessageMoveTask', JD) {},
    Gf = class extends ye(Se, Oe, 'ChangeMessageVisibilityBatch', YD) {},
    Kf = class extends ye(Se, Oe, 'ChangeMessageVisibility', XD) {},
    Qf = class extends ye(Se, Oe, 'CreateQueue', ZD) {},
    Jf = class extends ye(Se, Oe, 'DeleteMessageBatch', t1) {},
    Xf = class extends ye(Se, Oe, 'DeleteMessage', e1) {},
    Yf = class extends ye(Se, Oe, 'DeleteQueue', r1) {},
    Zf = class extends ye(Se, Oe, 'GetQueueAttributes', s1) {},
    em = class extends ye(Se, Oe, 'GetQueueUrl', o1) {},
    wc = class extends ye(Se, Oe, 'ListDeadLetterSourceQueues', n1) {},
    tm = class extends ye(Se, Oe, 'ListMessageMoveTasks', i1) {},
    bc = class extends ye(Se, Oe, 'ListQueues', a1) {},
    rm = class extends ye(Se, Oe, 'ListQueueTags', c1) {},
    sm = class extends ye(Se, Oe, 'PurgeQueue', u1) {},
    om = class extends ye(Se, f6, 'ReceiveMessage', d1) {},
    nm = class extends ye(Se, Oe, 'RemovePermission', l1) {},
    im = class extends ye(Se, m6, 'SendMessageBatch', m1) {},
    am = class extends ye(Se, p6, 'SendMessage', f1) {},
    cm = class extends ye(Se, Oe, 'SetQueueAttributes', p1) {},
    um = class extends ye(Se, Oe, 'StartMessageMoveTask', h1) {},
    dm = class extends ye(Se, Oe, 'TagQueue', g1) {},
    lm = class extends ye(Se, Oe, 'UntagQueue', y1) {},
    S1 = HP(Si, wc, 'NextToken', 'NextToken', 'MaxResults'),
    E1 = HP(Si, bc, 'NextToken', 'NextToken', 'MaxResults'),
    h6 = {
      AddPermissionCommand: jf,
      CancelMessageMoveTaskCommand: Wf,
      ChangeMessageVisibilityCommand: Kf,
      ChangeMessageVisibilityBatchCommand: Gf,
      CreateQueueCommand: Qf,
      DeleteMessageCommand: Xf,
      DeleteMessageBatchCommand: Jf,
      DeleteQueueCommand: Yf,
      GetQueueAttributesCommand: Zf,
      GetQueueUrlCommand: em,
      ListDeadLetterSourceQueuesCommand: wc,
      ListMessageMoveTasksCommand: tm,
      ListQueuesCommand: bc,
      ListQueueTagsCommand: rm,
      PurgeQueueCommand: sm,
      ReceiveMessageCommand: om,
      RemovePermissionCommand: nm,
      SendMessageCommand: am,
      SendMessageBatchCommand: im,
      SetQueueAttributesCommand: cm,
      StartMessageMoveTaskCommand: um,
      TagQueueCommand: dm,
      UntagQueueCommand: lm,
    },
    g6 = { paginateListDeadLetterSourceQueues: S1, paginateListQueues: E1 },
    fm = class extends Si {};
  NV(h6, fm, { paginators: g6 });
  var y6 = {
      All: 'All',
      ApproximateNumberOfMessages: 'ApproximateNumberOfMessages',
      ApproximateNumberOfMessagesDelayed: 'ApproximateNumberOfMessagesDelayed',
      ApproximateNumberOfMessagesNotVisible: 'ApproximateNumberOfMessagesNotVisible',
      ContentBasedDeduplication: 'ContentBasedDeduplication',
      CreatedTimestamp: 'CreatedTimestamp',
      DeduplicationScope: 'DeduplicationScope',
      DelaySeconds: 'DelaySeconds',
      FifoQueue: 'FifoQueue',
      FifoThroughputLimit: 'FifoThroughputLimit',
      KmsDataKeyReusePeriodSeconds: 'KmsDataKeyReusePeriodSeconds',
      KmsMasterKeyId: 'KmsMasterKeyId',
      LastModifiedTimestamp: 'LastModifiedTimestamp',
      MaximumMessageSize: 'MaximumMessageSize',
      MessageRetentionPeriod: 'MessageRetentionPeriod',
      Policy: 'Policy',
      QueueArn: 'QueueArn',
      ReceiveMessageWaitTimeSeconds: 'ReceiveMessageWaitTimeSeconds',
      RedriveAllowPolicy: 'RedriveAllowPolicy',
      RedrivePolicy: 'RedrivePolicy',
      SqsManagedSseEnabled: 'SqsManagedSseEnabled',
      VisibilityTimeout: 'VisibilityTimeout',
    },
    S6 = {
      AWSTraceHeader: 'AWSTraceHeader',
      All: 'All',
      ApproximateFirstReceiveTimestamp: 'ApproximateFirstReceiveTimestamp',
      ApproximateReceiveCount: 'ApproximateReceiveCount',
      DeadLetterQueueSourceArn: 'DeadLetterQueueSourceArn',
      MessageDeduplicationId: 'MessageDeduplicationId',
      MessageGroupId: 'MessageGroupId',
      SenderId: 'SenderId',
      SentTimestamp: 'SentTimestamp',
      SequenceNumber: 'SequenceNumber',
    },
    E6 = { AWSTraceHeader: 'AWSTraceHeader' };
  E.AddPermission$ = QD;
  E.AddPermissionCommand = jf;
  E.AddPermissionRequest$ = Yk;
  E.BatchEntryIdsNotDistinct = Rf;
  E.BatchEntryIdsNotDistinct$ = _k;
  E.BatchRequestTooLong = qf;
  E.BatchRequestTooLong$ = Ak;
  E.BatchResultErrorEntry$ = Zk;
  E.CancelMessageMoveTask$ = JD;
  E.CancelMessageMoveTaskCommand = Wf;
  E.CancelMessageMoveTaskRequest$ = eD;
  E.CancelMessageMoveTaskResult$ = tD;
  E.ChangeMessageVisibility$ = XD;
  E.ChangeMessageVisibilityBatch$ = YD;
  E.ChangeMessageVisibilityBatchCommand = Gf;
  E.ChangeMessageVisibilityBatchRequest$ = rD;
  E.ChangeMessageVisibilityBatchRequestEntry$ = sD;
  E.ChangeMessageVisibilityBatchResult$ = oD;
  E.ChangeMessageVisibilityBatchResultEntry$ = nD;
  E.ChangeMessageVisibilityCommand = Kf;
  E.ChangeMessageVisibilityRequest$ = iD;
  E.CreateQueue$ = ZD;
  E.CreateQueueCommand = Qf;
  E.CreateQueueRequest$ = aD;
  E.CreateQueueResult$ = cD;
  E.DeleteMessage$ = e1;
  E.DeleteMessageBatch$ = t1;
  E.DeleteMessageBatchCommand = Jf;
  E.DeleteMessageBatchRequest$ = uD;
  E.DeleteMessageBatchRequestEntry$ = dD;
  E.DeleteMessageBatchResult$ = lD;
  E.DeleteMessageBatchResultEntry$ = fD;
  E.DeleteMessageCommand = Xf;
  E.DeleteMessageRequest$ = mD;
  E.DeleteQueue$ = r1;
  E.DeleteQueueCommand = Yf;
  E.DeleteQueueRequest$ = pD;
  E.EmptyBatchRequest = vf;
  E.EmptyBatchRequest$ = Tk;
  E.GetQueueAttributes$ = s1;
  E.GetQueueAttributesCommand = Zf;
  E.GetQueueAttributesRequest$ = hD;
  E.GetQueueAttributesResult$ = gD;
  E.GetQueueUrl$ = o1;
  E.GetQueueUrlCommand = em;
  E.GetQueueUrlRequest$ = yD;
  E.GetQueueUrlResult$ = SD;
  E.InvalidAddress = yf;
  E.InvalidAddress$ = Rk;
  E.InvalidAttributeName = Nf;
  E.InvalidAttributeName$ = vk;
  E.InvalidAttributeValue = Of;
  E.InvalidAttributeValue$ = Ck;
  E.InvalidBatchEntryId = Cf;
  E.InvalidBatchEntryId$ = Ik;
  E.InvalidIdFormat = kf;
  E.InvalidIdFormat$ = Nk;
  E.InvalidMessageContents = Vf;
  E.InvalidMessageContents$ = Ok;
  E.InvalidSecurity = Sf;
  E.InvalidSecurity$ = Mk;
  E.KmsAccessDenied = $f;
  E.KmsAccessDenied$ = Pk;
  E.KmsDisabled = Lf;
  E.KmsDisabled$ = kk;
  E.KmsInvalidKeyUsage = Bf;
  E.KmsInvalidKeyUsage$ = Dk;
  E.KmsInvalidState = Ff;
  E.KmsInvalidState$ = $k;
  E.KmsNotFound = Uf;
  E.KmsNotFound$ = Lk;
  E.KmsOptInRequired = Hf;
  E.KmsOptInRequired$ = Bk;
  E.KmsThrottled = zf;
  E.KmsThrottled$ = Fk;
  E.ListDeadLetterSourceQueues$ = n1;
  E.ListDeadLetterSourceQueuesCommand = wc;
  E.ListDeadLetterSourceQueuesRequest$ = ED;
  E.ListDeadLetterSourceQueuesResult$ = wD;
  E.ListMessageMoveTasks$ = i1;
  E.ListMessageMoveTasksCommand = tm;
  E.ListMessageMoveTasksRequest$ = bD;
  E.ListMessageMoveTasksResult$ = xD;
  E.ListMessageMoveTasksResultEntry$ = _D;
  E.ListQueueTags$ = c1;
  E.ListQueueTagsCommand = rm;
  E.ListQueueTagsRequest$ = RD;
  E.ListQueueTagsResult$ = vD;
  E.ListQueues$ = a1;
  E.ListQueuesCommand = bc;
  E.ListQueuesRequest$ = AD;
  E.ListQueuesResult$ = TD;
  E.Message$ = CD;
  E.MessageAttributeValue$ = ID;
  E.MessageNotInflight = Af;
  E.MessageNotInflight$ = Uk;
  E.MessageSystemAttributeName = S6;
  E.MessageSystemAttributeNameForSends = E6;
  E.MessageSystemAttributeValue$ = ND;
  E.OverLimit = Ef;
  E.OverLimit$ = Hk;
  E.PurgeQueue$ = u1;
  E.PurgeQueueCommand = sm;
  E.PurgeQueueInProgress = Df;
  E.PurgeQueueInProgress$ = zk;
  E.PurgeQueueRequest$ = OD;
  E.QueueAttributeName = y6;
  E.QueueDeletedRecently = Mf;
  E.QueueDeletedRecently$ = Vk;
  E.QueueDoesNotExist = wf;
  E.QueueDoesNotExist$ = qk;
  E.QueueNameExists = Pf;
  E.QueueNameExists$ = jk;
  E.ReceiptHandleIsInvalid = Tf;
  E.ReceiptHandleIsInvalid$ = Wk;
  E.ReceiveMessage$ = d1;
  E.ReceiveMessageCommand = om;
  E.ReceiveMessageRequest$ = MD;
  E.ReceiveMessageResult$ = PD;
  E.RemovePermission$ = l1;
  E.RemovePermissionCommand = nm;
  E.RemovePermissionRequest$ = kD;
  E.RequestThrottled = bf;
  E.RequestThrottled$ = Gk;
  E.ResourceNotFoundException = _f;
  E.ResourceNotFoundException$ = Kk;
  E.SQS = fm;
  E.SQSClient = Si;
  E.SQSServiceException = Q;
  E.SQSServiceException$ = xk;
  E.SendMessage$ = f1;
  E.SendMessageBatch$ = m1;
  E.SendMessageBatchCommand = im;
  E.SendMessageBatchRequest$ = DD;
  E.SendMessageBatchRequestEntry$ = $D;
  E.SendMessageBatchResult$ = LD;
  E.SendMessageBatchResultEntry$ = BD;
  E.SendMessageCommand = am;
  E.SendMessageRequest$ = FD;
  E.SendMessageResult$ = UD;
  E.SetQueueAttributes$ = p1;
  E.SetQueueAttributesCommand = cm;
  E.SetQueueAttributesRequest$ = HD;
  E.StartMessageMoveTask$ = h1;
  E.StartMessageMoveTaskCommand = um;
  E.StartMessageMoveTaskRequest$ = zD;
  E.StartMessageMoveTaskResult$ = VD;
  E.TagQueue$ = g1;
  E.TagQueueCommand = dm;
  E.TagQueueRequest$ = qD;
  E.TooManyEntriesInBatchRequest = If;
  E.TooManyEntriesInBatchRequest$ = Qk;
  E.UnsupportedOperation = xf;
  E.UnsupportedOperation$ = Jk;
  E.UntagQueue$ = y1;
  E.UntagQueueCommand = lm;
  E.UntagQueueRequest$ = jD;
  E.errorTypeRegistries = Xk;
  E.paginateListDeadLetterSourceQueues = S1;
  E.paginateListQueues = E1;
});
var Sm = we(w1(), 1);

import { timingSafeEqual as b6, createHmac as w6 } from 'node:crypto';

function x6(t, e, r) {
  return async (s) => {
    const o = Buffer.from(s.body ?? '', s.isBase64Encoded ? 'base64' : 'utf8'),
      n = Buffer.from(s.headers['x-webhook-signature'] ?? '', 'hex'),
      i = w6('sha256', r).update(o).digest();
    if (n.length !== i.length || !b6(n, i)) return { statusCode: 401 };
    const a = o.toString('utf8');
    return (
      JSON.parse(a),
      await t.send(new Sm.SendMessageCommand({ QueueUrl: e, MessageBody: a })),
      { statusCode: 200, body: '{"received":true}' }
    );
  };
}
var Wge = x6(new Sm.SQSClient({}), process.env.QUEUE_URL ?? '', process.env.LAVA_WEBHOOK_SECRET ?? '');

export { Wge as handler, x6 as createFloorHandler };
/*! Bundled license information:

bowser/bowser.mjs:
  (*!
   * Bowser - a browser detector
   * https://github.com/lancedikson/bowser
   * MIT License | (c) Dustin Diaz 2012-2015
   * MIT License | (c) Denis Demchenko 2015-2026
   *)
  (*!
  * Bowser - a browser detector
  * https://github.com/bowser-js/bowser
  * MIT License | (c) Dustin Diaz 2012-2015
  * MIT License | (c) Denis Demchenko 2015-2026
  *)
*/

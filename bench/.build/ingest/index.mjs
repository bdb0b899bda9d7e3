import { createRequire as __lavaCreateRequire } from 'node:module';

const require = __lavaCreateRequire(import.meta.url);
var qh = Object.defineProperty;
var f = (t, e, r) => () => {
  if (r) throw r[0];
  try {
    return (t && (e = t((t = 0))), e);
  } catch (o) {
    throw ((r = [o]), o);
  }
};
var jh = (t, e) => {
  for (var r in e) qh(t, r, { get: e[r], enumerable: !0 });
};
var zt,
  Rn = f(() => {
    zt = (t) =>
      (typeof ArrayBuffer == 'function' && t instanceof ArrayBuffer) ||
      Object.prototype.toString.call(t) === '[object ArrayBuffer]';
  });
var Yr,
  Zr,
  Gt = f(() => {
    Rn();
    (Yr = (t, e = 0, r = t.byteLength - e) => {
      if (!zt(t))
        throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
      return Buffer.from(t, e, r);
    }),
      (Zr = (t, e) => {
        if (typeof t != 'string')
          throw new TypeError(
            `The "input" argument must be of type string. Received type ${typeof t} (${t})`,
          );
        return e ? Buffer.from(t, e) : Buffer.from(t);
      });
  });
var Gh,
  ke,
  ac = f(() => {
    Gt();
    (Gh = /^[A-Za-z0-9+/]*={0,2}$/),
      (ke = (t) => {
        if ((t.length * 3) % 4 !== 0) throw new TypeError('Incorrect padding on base64 string.');
        if (!Gh.exec(t)) throw new TypeError('Invalid base64 string.');
        const e = Zr(t, 'base64');
        return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
      });
  });
var te,
  eo = f(() => {
    Gt();
    te = (t) => {
      const e = Zr(t, 'utf8');
      return new Uint8Array(e.buffer, e.byteOffset, e.byteLength / Uint8Array.BYTES_PER_ELEMENT);
    };
  });
var Ue,
  cc = f(() => {
    Gt();
    eo();
    Ue = (t) => {
      let e;
      if (
        (typeof t == 'string' ? (e = te(t)) : (e = t),
        typeof e != 'object' || typeof e.byteOffset != 'number' || typeof e.byteLength != 'number')
      )
        throw new Error('@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.');
      return Yr(e.buffer, e.byteOffset, e.byteLength).toString('base64');
    };
  });
function uc(t, e, r, o) {
  return class to extends Uint8Array {
    static fromString(n, i = 'utf-8') {
      if (typeof n == 'string') return i === 'base64' ? to.mutate(o(n)) : to.mutate(e(n));
      throw new Error(`Unsupported conversion from ${typeof n} to Uint8ArrayBlobAdapter.`);
    }
    static mutate(n) {
      return (Object.setPrototypeOf(n, to.prototype), n);
    }
    transformToString(n = 'utf-8') {
      return n === 'base64' ? r(this) : t(this);
    }
  };
}
var lc = f(() => {});
var pe,
  dc = f(() => {
    Gt();
    pe = (t) => {
      if (typeof t == 'string') return t;
      if (typeof t != 'object' || typeof t.byteOffset != 'number' || typeof t.byteLength != 'number')
        throw new Error('@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.');
      return Yr(t.buffer, t.byteOffset, t.byteLength).toString('utf8');
    };
  });
function pc(t) {
  return typeof crypto < 'u' && typeof crypto.randomUUID == 'function'
    ? () => crypto.randomUUID()
    : () => {
        const e = new Uint8Array(16);
        return (
          t(e),
          (e[6] = (e[6] & 15) | 64),
          (e[8] = (e[8] & 63) | 128),
          X[e[0]] +
            X[e[1]] +
            X[e[2]] +
            X[e[3]] +
            '-' +
            X[e[4]] +
            X[e[5]] +
            '-' +
            X[e[6]] +
            X[e[7]] +
            '-' +
            X[e[8]] +
            X[e[9]] +
            '-' +
            X[e[10]] +
            X[e[11]] +
            X[e[12]] +
            X[e[13]] +
            X[e[14]] +
            X[e[15]]
        );
      };
}
var X,
  fc = f(() => {
    X = Array.from({ length: 256 }, (t, e) => e.toString(16).padStart(2, '0'));
  });
var Ye,
  mc = f(() => {
    ((t) => {
      (t.HTTP = 'http'), (t.HTTPS = 'https');
    })(Ye || (Ye = {}));
  });
var Ie,
  hc = f(() => {
    ((t) => {
      (t.MD5 = 'md5'), (t.CRC32 = 'crc32'), (t.CRC32C = 'crc32c'), (t.SHA1 = 'sha1'), (t.SHA256 = 'sha256');
    })(Ie || (Ie = {}));
  });
var gc = f(() => {
  hc();
});
var ye,
  Sc = f(() => {
    ye = '__smithy_context';
  });
var $e,
  yc = f(() => {
    ((t) => {
      (t.PROFILE = 'profile'), (t.SSO_SESSION = 'sso-session'), (t.SERVICES = 'services');
    })($e || ($e = {}));
  });
var Ce = f(() => {
  mc();
  gc();
  Sc();
  yc();
});
var Y,
  Ec = f(() => {
    Ce();
    Y = (t) => t[ye] || (t[ye] = {});
  });
function w(t, e) {
  return Object.hasOwn(t, e);
}
var wn = f(() => {});
function Qh(t) {
  return Object.keys(t).reduce((e, r) => {
    const o = t[r];
    return { ...e, [r]: Array.isArray(o) ? [...o] : o };
  }, {});
}
var P,
  xc = f(() => {
    P = class t {
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
        return (r.query && (r.query = Qh(r.query)), r);
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
var re,
  Rc = f(() => {
    re = class {
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
var Wh,
  _e,
  wc = f(() => {
    (Wh = /^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$/),
      (_e = (t, e = !1) => {
        if (!e) return Wh.test(t);
        const r = t.split('.');
        for (const o of r) if (!_e(o)) return !1;
        return !0;
      });
  });
function _n(t) {
  return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t);
}
var _c = f(() => {});
var z,
  Ac = f(() => {
    z = (t) => {
      if (typeof t == 'function') return t;
      const e = Promise.resolve(t);
      return () => e;
    };
  });
function Tc(t) {
  const e = {};
  if (((t = t.replace(/^\?/, '')), t))
    for (const r of t.split('&')) {
      let [o, s = null] = r.split('=');
      (o = decodeURIComponent(o)),
        s && (s = decodeURIComponent(s)),
        o in e ? (Array.isArray(e[o]) ? e[o].push(s) : (e[o] = [e[o], s])) : (e[o] = s);
    }
  return e;
}
var bc = f(() => {});
var Ae,
  An = f(() => {
    bc();
    Ae = (t) => {
      if (typeof t == 'string') return Ae(new URL(t));
      let { hostname: e, pathname: r, port: o, protocol: s, search: n } = t,
        i;
      return (
        n && (i = Tc(n)), { hostname: e, port: o ? parseInt(o) : void 0, protocol: s, path: r, query: i }
      );
    };
  });
var Be,
  vc = f(() => {
    wn();
    An();
    Be = (t) => {
      if (typeof t == 'object') {
        if ('url' in t) {
          const e = Ae(t.url);
          if (t.headers) {
            e.headers = {};
            for (const r in t.headers)
              w(t.headers, r) && (e.headers[r.toLowerCase()] = t.headers[r].join(', '));
          }
          return e;
        }
        return t;
      }
      return Ae(t);
    };
  });
var N = f(() => {
  Ec();
  wn();
  xc();
  Rc();
  wc();
  _c();
  Ac();
  An();
  vc();
});
var Tn,
  Kh,
  Ic,
  Jh,
  Cc,
  Nc,
  Mc,
  Xh,
  Oc,
  Pc,
  Yh,
  ro,
  Qt,
  Dc,
  Zh,
  eg,
  Lc = f(() => {
    (Tn = (t) => {
      if (t != null) {
        if (typeof t == 'string') {
          const e = parseFloat(t);
          if (!Number.isNaN(e))
            return (String(e) !== String(t) && eg.warn(Zh(`Expected number but observed string: ${t}`)), e);
        }
        if (typeof t == 'number') return t;
        throw new TypeError(`Expected number, got ${typeof t}: ${t}`);
      }
    }),
      (Kh = Math.ceil(2 ** 127 * (2 - 2 ** -23))),
      (Ic = (t) => {
        const e = Tn(t);
        if (e !== void 0 && !Number.isNaN(e) && e !== 1 / 0 && e !== -1 / 0 && Math.abs(e) > Kh)
          throw new TypeError(`Expected 32-bit float, got ${t}`);
        return e;
      }),
      (Jh = (t) => {
        if (t != null) {
          if (Number.isInteger(t) && !Number.isNaN(t)) return t;
          throw new TypeError(`Expected integer, got ${typeof t}: ${t}`);
        }
      }),
      (Cc = (t) => Mc(t, 16)),
      (Nc = (t) => Mc(t, 8)),
      (Mc = (t, e) => {
        const r = Jh(t);
        if (r !== void 0 && Xh(r, e) !== r) throw new TypeError(`Expected ${e}-bit integer, got ${t}`);
        return r;
      }),
      (Xh = (t, e) => {
        switch (e) {
          case 32:
            return Int32Array.of(t)[0];
          case 16:
            return Int16Array.of(t)[0];
          case 8:
            return Int8Array.of(t)[0];
        }
      }),
      (Oc = (t) => Tn(typeof t == 'string' ? ro(t) : t)),
      (Pc = (t) => Ic(typeof t == 'string' ? ro(t) : t)),
      (Yh = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g),
      (ro = (t) => {
        const e = t.match(Yh);
        if (e === null || e[0].length !== t.length)
          throw new TypeError('Expected real number, got implicit NaN');
        return parseFloat(t);
      }),
      (Qt = (t) => Cc(typeof t == 'string' ? ro(t) : t)),
      (Dc = (t) => Nc(typeof t == 'string' ? ro(t) : t)),
      (Zh = (t) =>
        String(new TypeError(t).stack || t)
          .split(`
`)
          .slice(0, 5)
          .filter((e) => !e.includes('stackTraceWarning'))
          .join(`
`)),
      (eg = { warn: console.warn });
  });
function In(t) {
  const e = t.getUTCFullYear(),
    r = t.getUTCMonth(),
    o = t.getUTCDay(),
    s = t.getUTCDate(),
    n = t.getUTCHours(),
    i = t.getUTCMinutes(),
    a = t.getUTCSeconds(),
    c = s < 10 ? `0${s}` : `${s}`,
    u = n < 10 ? `0${n}` : `${n}`,
    d = i < 10 ? `0${i}` : `${i}`,
    l = a < 10 ? `0${a}` : `${a}`;
  return `${tg[o]}, ${c} ${vn[r]} ${e} ${u}:${d}:${l} GMT`;
}
var tg,
  vn,
  _w,
  rg,
  Cn,
  og,
  sg,
  ng,
  Kt,
  Nn,
  oo,
  ig,
  ag,
  cg,
  bn,
  ug,
  lg,
  dg,
  Fe,
  pg,
  fg,
  Wt,
  kc = f(() => {
    Lc();
    (tg = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']),
      (vn = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    (_w = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/)),
      (rg = new RegExp(
        /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/,
      )),
      (Cn = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC-3339 date-times must be expressed as strings');
        const e = rg.exec(t);
        if (!e) throw new TypeError('Invalid RFC-3339 date-time value');
        const [r, o, s, n, i, a, c, u, d] = e,
          l = Qt(Wt(o)),
          p = Fe(s, 'month', 1, 12),
          m = Fe(n, 'day', 1, 31),
          h = oo(l, p, m, { hours: i, minutes: a, seconds: c, fractionalMilliseconds: u });
        return (d.toUpperCase() != 'Z' && h.setTime(h.getTime() - fg(d)), h);
      }),
      (og = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (sg = new RegExp(
        /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (ng = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/,
      )),
      (Kt = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC-7231 date-times must be expressed as strings');
        let e = og.exec(t);
        if (e) {
          const [r, o, s, n, i, a, c, u] = e;
          return oo(Qt(Wt(n)), bn(s), Fe(o, 'day', 1, 31), {
            hours: i,
            minutes: a,
            seconds: c,
            fractionalMilliseconds: u,
          });
        }
        if (((e = sg.exec(t)), e)) {
          const [r, o, s, n, i, a, c, u] = e;
          return cg(
            oo(ig(n), bn(s), Fe(o, 'day', 1, 31), {
              hours: i,
              minutes: a,
              seconds: c,
              fractionalMilliseconds: u,
            }),
          );
        }
        if (((e = ng.exec(t)), e)) {
          const [r, o, s, n, i, a, c, u] = e;
          return oo(Qt(Wt(u)), bn(o), Fe(s.trimLeft(), 'day', 1, 31), {
            hours: n,
            minutes: i,
            seconds: a,
            fractionalMilliseconds: c,
          });
        }
        throw new TypeError('Invalid RFC-7231 date-time value');
      }),
      (Nn = (t) => {
        if (t == null) return;
        let e;
        if (typeof t == 'number') e = t;
        else if (typeof t == 'string') e = Oc(t);
        else if (typeof t == 'object' && t.tag === 1) e = t.value;
        else
          throw new TypeError(
            'Epoch timestamps must be expressed as floating point numbers or their string representation',
          );
        if (Number.isNaN(e) || e === 1 / 0 || e === -1 / 0)
          throw new TypeError('Epoch timestamps must be valid, non-Infinite, non-NaN numerics');
        return new Date(Math.round(e * 1e3));
      }),
      (oo = (t, e, r, o) => {
        const s = e - 1;
        return (
          lg(t, s, r),
          new Date(
            Date.UTC(
              t,
              s,
              r,
              Fe(o.hours, 'hour', 0, 23),
              Fe(o.minutes, 'minute', 0, 59),
              Fe(o.seconds, 'seconds', 0, 60),
              pg(o.fractionalMilliseconds),
            ),
          )
        );
      }),
      (ig = (t) => {
        const e = new Date().getUTCFullYear(),
          r = Math.floor(e / 100) * 100 + Qt(Wt(t));
        return r < e ? r + 100 : r;
      }),
      (ag = 50 * 365 * 24 * 60 * 60 * 1e3),
      (cg = (t) =>
        t.getTime() - new Date().getTime() > ag
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
      (bn = (t) => {
        const e = vn.indexOf(t);
        if (e < 0) throw new TypeError(`Invalid month: ${t}`);
        return e + 1;
      }),
      (ug = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]),
      (lg = (t, e, r) => {
        let o = ug[e];
        if ((e === 1 && dg(t) && (o = 29), r > o))
          throw new TypeError(`Invalid day for ${vn[e]} in ${t}: ${r}`);
      }),
      (dg = (t) => t % 4 === 0 && (t % 100 !== 0 || t % 400 === 0)),
      (Fe = (t, e, r, o) => {
        const s = Dc(Wt(t));
        if (s < r || s > o) throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);
        return s;
      }),
      (pg = (t) => (t == null ? 0 : Pc('0.' + t) * 1e3)),
      (fg = (t) => {
        let e = t[0],
          r = 1;
        if (e == '+') r = 1;
        else if (e == '-') r = -1;
        else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);
        const o = Number(t.substring(1, 3)),
          s = Number(t.substring(4, 6));
        return r * (o * 60 + s) * 60 * 1e3;
      }),
      (Wt = (t) => {
        let e = 0;
        for (; e < t.length - 1 && t.charAt(e) === '0'; ) e++;
        return e === 0 ? t : t.slice(e);
      });
  });
var Ee,
  Uc = f(() => {
    Ee = (e) =>
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
    Ee.from = (t) =>
      t && typeof t == 'object' && (t instanceof Ee || 'deserializeJSON' in t)
        ? t
        : typeof t == 'string' || Object.getPrototypeOf(t) === String.prototype
          ? Ee(String(t))
          : Ee(JSON.stringify(t));
    Ee.fromObject = Ee.from;
  });
var $c,
  oe,
  Bc = f(() => {
    ($c = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/),
      (oe = class t {
        string;
        type;
        constructor(e, r) {
          if (((this.string = e), (this.type = r), !$c.test(e)))
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
          return t.prototype.isPrototypeOf(e) || (r.type === 'bigDecimal' && $c.test(r.string));
        }
      });
  });
function Jt(t) {
  if (t.length % 2 !== 0) throw new Error('Hex encoded strings must have an even number length');
  const e = new Uint8Array(t.length / 2);
  for (let r = 0; r < t.length; r += 2) {
    const o = t.slice(r, r + 2).toLowerCase();
    if (o in Mn) e[r / 2] = Mn[o];
    else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`);
  }
  return e;
}
function B(t) {
  let e = '';
  for (let r = 0; r < t.byteLength; r++) e += Fc[t[r]];
  return e;
}
var Fc,
  Mn,
  Hc = f(() => {
    (Fc = {}), (Mn = {});
    for (let t = 0; t < 256; t++) {
      let e = t.toString(16).toLowerCase();
      e.length === 1 && (e = `0${e}`), (Fc[t] = e), (Mn[e] = t);
    }
  });

import { lstatSync as gg, fstatSync as hg, ReadStream as mg } from 'node:fs';

var Xt,
  Vc = f(() => {
    Xt = (t) => {
      if (!t) return 0;
      if (typeof t == 'string') return Buffer.byteLength(t);
      if (typeof t.byteLength == 'number') return t.byteLength;
      if (typeof t.size == 'number') return t.size;
      if (typeof t.start == 'number' && typeof t.end == 'number') return t.end + 1 - t.start;
      if (t instanceof mg) {
        if (t.path != null) return gg(t.path).size;
        if (typeof t.fd == 'number') return hg(t.fd).size;
      }
      throw new Error(`Body Length computation failed for ${t}`);
    };
  });
var j,
  qc = f(() => {
    eo();
    j = (t) =>
      t instanceof Uint8Array
        ? t
        : typeof t == 'string'
          ? te(t)
          : ArrayBuffer.isView(t)
            ? new Uint8Array(t.buffer, t.byteOffset, t.byteLength / Uint8Array.BYTES_PER_ELEMENT)
            : new Uint8Array(t);
  });
function so(t, e) {
  if (e === void 0) {
    e = 0;
    for (const s of t) e += s.byteLength;
  }
  let r = new Uint8Array(e),
    o = 0;
  for (const s of t) r.set(s, o), (o += s.byteLength);
  return r;
}
var On = f(() => {});
var St,
  Pn = f(() => {
    St = class t extends Error {
      name = 'ProviderError';
      tryNextLink;
      constructor(e, r = !0) {
        let o,
          s = !0;
        typeof r == 'boolean'
          ? ((o = void 0), (s = r))
          : r != null && typeof r == 'object' && ((o = r.logger), (s = r.tryNextLink ?? !0)),
          super(e),
          (this.tryNextLink = s),
          Object.setPrototypeOf(this, t.prototype),
          o?.debug?.(`@smithy/property-provider ${s ? '->' : '(!)'} ${e}`);
      }
      static from(e, r = !0) {
        return Object.assign(new this(e.message, r), e);
      }
    };
  });
var Ne,
  no = f(() => {
    Pn();
    Ne = class t extends St {
      name = 'CredentialsProviderError';
      constructor(e, r = !0) {
        super(e, r), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var jc,
  zc = f(() => {
    Pn();
    jc =
      (...t) =>
      async () => {
        if (t.length === 0) throw new St('No providers in chain');
        let e;
        for (const r of t)
          try {
            return await r();
          } catch (o) {
            if (((e = o), o?.tryNextLink)) continue;
            throw o;
          }
        throw e;
      };
  });
var Gc,
  Qc = f(() => {
    Gc = (t) => () => Promise.resolve(t);
  });
var io,
  Dn = f(() => {
    io = (t, e, r) => {
      let o,
        s,
        n,
        i = !1,
        a = async () => {
          s || (s = t());
          try {
            (o = await s), (n = !0), (i = !1);
          } finally {
            s = void 0;
          }
          return o;
        };
      return e === void 0
        ? async (c) => ((!n || c?.forceRefresh) && (o = await a()), o)
        : async (c) => (
            (!n || c?.forceRefresh) && (o = await a()),
            i ? o : r && !r(o) ? ((i = !0), o) : (e(o) && (await a()), o)
          );
    };
  });
var ae,
  ao = f(() => {
    ae = (t, e, r) => {
      if (e in t) {
        if (t[e] === 'true') return !0;
        if (t[e] === 'false') return !1;
        throw new Error(`Cannot load ${r} "${e}". Expected "true" or "false", got ${t[e]}.`);
      }
    };
  });
var se,
  co = f(() => {
    ((t) => {
      (t.ENV = 'env'), (t.CONFIG = 'shared config entry');
    })(se || (se = {}));
  });

import { homedir as Sg } from 'node:os';
import { sep as yg } from 'node:path';

var Ln,
  Eg,
  yt,
  uo = f(() => {
    (Ln = {}),
      (Eg = () => (process && process.geteuid ? `${process.geteuid()}` : 'DEFAULT')),
      (yt = () => {
        const { HOME: t, USERPROFILE: e, HOMEPATH: r, HOMEDRIVE: o = `C:${yg}` } = process.env;
        if (t) return t;
        if (e) return e;
        if (r) return `${o}${r}`;
        const s = Eg();
        return (Ln[s] || (Ln[s] = Sg()), Ln[s]);
      });
  });
var xg,
  Rg,
  Wc,
  Kc = f(() => {
    (xg = 'AWS_PROFILE'), (Rg = 'default'), (Wc = (t) => t.profile || process.env[xg] || Rg);
  });
var Jc,
  Xc = f(() => {
    Ce();
    Jc = (t) =>
      Object.entries(t)
        .filter(([e]) => {
          const r = e.indexOf('.');
          return r === -1 ? !1 : Object.values($e).includes(e.substring(0, r));
        })
        .reduce(
          (e, [r, o]) => {
            const s = r.indexOf('.'),
              n = r.substring(0, s) === $e.PROFILE ? r.substring(s + 1) : r;
            return ((e[n] = o), e);
          },
          { ...(t.default && { default: t.default }) },
        );
  });

import { join as wg } from 'node:path';

var _g,
  Yc,
  Zc = f(() => {
    uo();
    (_g = 'AWS_CONFIG_FILE'), (Yc = () => process.env[_g] || wg(yt(), '.aws', 'config'));
  });

import { join as Ag } from 'node:path';

var Tg,
  eu,
  tu = f(() => {
    uo();
    (Tg = 'AWS_SHARED_CREDENTIALS_FILE'), (eu = () => process.env[Tg] || Ag(yt(), '.aws', 'credentials'));
  });
var bg,
  vg,
  kn,
  ru = f(() => {
    Ce();
    (bg = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/),
      (vg = ['__proto__', 'profile __proto__']),
      (kn = (t) => {
        let e = {},
          r,
          o;
        for (const s of t.split(/\r?\n/)) {
          const n = s.split(/(^|\s)[;#]/)[0].trim();
          if (n[0] === '[' && n[n.length - 1] === ']') {
            (r = void 0), (o = void 0);
            const a = n.substring(1, n.length - 1),
              c = bg.exec(a);
            if (c) {
              const [, u, , d] = c;
              Object.values($e).includes(u) && (r = [u, d].join('.'));
            } else r = a;
            if (vg.includes(a)) throw new Error(`Found invalid profile name "${a}"`);
          } else if (r) {
            const a = n.indexOf('=');
            if (![0, -1].includes(a)) {
              const [c, u] = [n.substring(0, a).trim(), n.substring(a + 1).trim()];
              if (u === '') o = c;
              else {
                o && s.trimStart() === s && (o = void 0), (e[r] = e[r] || {});
                const d = o ? [o, c].join('.') : c;
                e[r][d] = u;
              }
            }
          }
        }
        return e;
      });
  });

import { readFile as Ig } from 'node:fs/promises';

var Un,
  ou,
  $n,
  su = f(() => {
    (Un = {}),
      (ou = {}),
      ($n = (t, e) =>
        ou[t] !== void 0 ? ou[t] : ((!Un[t] || e?.ignoreCache) && (Un[t] = Ig(t, 'utf8')), Un[t]));
  });

import { join as nu } from 'node:path';

var iu,
  au,
  cu = f(() => {
    Xc();
    Zc();
    tu();
    uo();
    ru();
    su();
    (iu = () => ({})),
      (au = async (t = {}) => {
        let { filepath: e = eu(), configFilepath: r = Yc() } = t,
          o = yt(),
          s = '~/',
          n = e;
        e.startsWith(s) && (n = nu(o, e.slice(2)));
        let i = r;
        r.startsWith(s) && (i = nu(o, r.slice(2)));
        const a = await Promise.all([
          $n(i, { ignoreCache: t.ignoreCache }).then(kn).then(Jc).catch(iu),
          $n(n, { ignoreCache: t.ignoreCache }).then(kn).catch(iu),
        ]);
        return { configFile: a[0], credentialsFile: a[1] };
      });
  });
function lo(t) {
  try {
    const e = new Set(Array.from(t.match(/([A-Z_]){3,}/g) ?? []));
    return (e.delete('CONFIG'), e.delete('CONFIG_PREFIX_SEPARATOR'), e.delete('ENV'), [...e].join(', '));
  } catch {
    return t;
  }
}
var Bn = f(() => {});
var uu,
  lu = f(() => {
    no();
    Bn();
    uu = (t, e) => async () => {
      try {
        const r = t(process.env, e);
        if (r === void 0) throw new Error();
        return r;
      } catch (r) {
        throw new Ne(r.message || `Not found in ENV: ${lo(t.toString())}`, { logger: e?.logger });
      }
    };
  });
var du,
  pu = f(() => {
    no();
    Kc();
    cu();
    Bn();
    du =
      (t, { preferredFile: e = 'config', ...r } = {}) =>
      async () => {
        const o = Wc(r),
          { configFile: s, credentialsFile: n } = await au(r),
          i = n[o] || {},
          a = s[o] || {},
          c = e === 'config' ? { ...i, ...a } : { ...a, ...i };
        try {
          const d = t(c, e === 'config' ? s : n);
          if (d === void 0) throw new Error();
          return d;
        } catch (u) {
          throw new Ne(u.message || `Not found in config files w/ profile [${o}]: ${lo(t.toString())}`, {
            logger: r.logger,
          });
        }
      };
  });
var Cg,
  fu,
  mu = f(() => {
    Qc();
    (Cg = (t) => typeof t == 'function'), (fu = (t) => (Cg(t) ? async () => await t() : Gc(t)));
  });
var L,
  Fn = f(() => {
    zc();
    Dn();
    lu();
    pu();
    mu();
    L = ({ environmentVariableSelector: t, configFileSelector: e, default: r }, o = {}) => {
      const { signingName: s, logger: n } = o;
      return io(jc(uu(t, { signingName: s, logger: n }), du(e, o), fu(r)));
    };
  });
var hu,
  gu,
  Zt,
  Su = f(() => {
    ao();
    co();
    (hu = 'AWS_USE_DUALSTACK_ENDPOINT'),
      (gu = 'use_dualstack_endpoint'),
      (Zt = {
        environmentVariableSelector: (t) => ae(t, hu, se.ENV),
        configFileSelector: (t) => ae(t, gu, se.CONFIG),
        default: !1,
      });
  });
var yu,
  Eu,
  er,
  xu = f(() => {
    ao();
    co();
    (yu = 'AWS_USE_FIPS_ENDPOINT'),
      (Eu = 'use_fips_endpoint'),
      (er = {
        environmentVariableSelector: (t) => ae(t, yu, se.ENV),
        configFileSelector: (t) => ae(t, Eu, se.CONFIG),
        default: !1,
      });
  });
var Ze,
  He,
  Et,
  Ru,
  wu,
  Hn = f(() => {
    (Ze = (t, e) => {
      const r = [];
      if ((t && r.push(t), e)) for (const o of e) r.push(o);
      return r;
    }),
      (He = (t, e) => `${t || 'anonymous'}${e && e.length > 0 ? ` (a.k.a. ${e.join(',')})` : ''}`),
      (Et = () => {
        let t = [],
          e = [],
          r = !1,
          o = new Set(),
          s = (l) =>
            l.sort(
              (p, m) => Ru[m.step] - Ru[p.step] || wu[m.priority || 'normal'] - wu[p.priority || 'normal'],
            ),
          n = (l) => {
            let p = !1,
              m = (h) => {
                const S = Ze(h.name, h.aliases);
                if (S.includes(l)) {
                  p = !0;
                  for (const g of S) o.delete(g);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(m)), (e = e.filter(m)), p);
          },
          i = (l) => {
            let p = !1,
              m = (h) => {
                if (h.middleware === l) {
                  p = !0;
                  for (const S of Ze(h.name, h.aliases)) o.delete(S);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(m)), (e = e.filter(m)), p);
          },
          a = (l) => (
            t.forEach((p) => {
              l.add(p.middleware, { ...p });
            }),
            e.forEach((p) => {
              l.addRelativeTo(p.middleware, { ...p });
            }),
            l.identifyOnResolve?.(d.identifyOnResolve()),
            l
          ),
          c = (l) => {
            const p = [];
            return (
              l.before.forEach((m) => {
                m.before.length === 0 && m.after.length === 0 ? p.push(m) : p.push(...c(m));
              }),
              p.push(l),
              l.after.reverse().forEach((m) => {
                m.before.length === 0 && m.after.length === 0 ? p.push(m) : p.push(...c(m));
              }),
              p
            );
          },
          u = (l = !1) => {
            const p = [],
              m = [],
              h = {};
            return (
              t.forEach((g) => {
                const y = { ...g, before: [], after: [] };
                for (const x of Ze(y.name, y.aliases)) h[x] = y;
                p.push(y);
              }),
              e.forEach((g) => {
                const y = { ...g, before: [], after: [] };
                for (const x of Ze(y.name, y.aliases)) h[x] = y;
                m.push(y);
              }),
              m.forEach((g) => {
                if (g.toMiddleware) {
                  const y = h[g.toMiddleware];
                  if (y === void 0) {
                    if (l) return;
                    throw new Error(
                      `${g.toMiddleware} is not found when adding ${He(g.name, g.aliases)} middleware ${g.relation} ${g.toMiddleware}`,
                    );
                  }
                  g.relation === 'after' && y.after.push(g), g.relation === 'before' && y.before.push(g);
                }
              }),
              s(p)
                .map(c)
                .reduce((g, y) => (g.push(...y), g), [])
            );
          },
          d = {
            add: (l, p = {}) => {
              const { name: m, override: h, aliases: S } = p,
                g = { step: 'initialize', priority: 'normal', middleware: l, ...p },
                y = Ze(m, S);
              if (y.length > 0) {
                if (y.some((x) => o.has(x))) {
                  if (!h) throw new Error(`Duplicate middleware name '${He(m, S)}'`);
                  for (const x of y) {
                    const _ = t.findIndex(($) => $.name === x || $.aliases?.some((J) => J === x));
                    if (_ === -1) continue;
                    const b = t[_];
                    if (b.step !== g.step || g.priority !== b.priority)
                      throw new Error(
                        `"${He(b.name, b.aliases)}" middleware with ${b.priority} priority in ${b.step} step cannot be overridden by "${He(m, S)}" middleware with ${g.priority} priority in ${g.step} step.`,
                      );
                    t.splice(_, 1);
                  }
                }
                for (const x of y) o.add(x);
              }
              t.push(g);
            },
            addRelativeTo: (l, p) => {
              const { name: m, override: h, aliases: S } = p,
                g = { middleware: l, ...p },
                y = Ze(m, S);
              if (y.length > 0) {
                if (y.some((x) => o.has(x))) {
                  if (!h) throw new Error(`Duplicate middleware name '${He(m, S)}'`);
                  for (const x of y) {
                    const _ = e.findIndex(($) => $.name === x || $.aliases?.some((J) => J === x));
                    if (_ === -1) continue;
                    const b = e[_];
                    if (b.toMiddleware !== g.toMiddleware || b.relation !== g.relation)
                      throw new Error(
                        `"${He(b.name, b.aliases)}" middleware ${b.relation} "${b.toMiddleware}" middleware cannot be overridden by "${He(m, S)}" middleware ${g.relation} "${g.toMiddleware}" middleware.`,
                      );
                    e.splice(_, 1);
                  }
                }
                for (const x of y) o.add(x);
              }
              e.push(g);
            },
            clone: () => a(Et()),
            use: (l) => {
              l.applyToStack(d);
            },
            remove: (l) => (typeof l == 'string' ? n(l) : i(l)),
            removeByTag: (l) => {
              let p = !1,
                m = (h) => {
                  const { tags: S, name: g, aliases: y } = h;
                  if (S && S.includes(l)) {
                    const x = Ze(g, y);
                    for (const _ of x) o.delete(_);
                    return ((p = !0), !1);
                  }
                  return !0;
                };
              return ((t = t.filter(m)), (e = e.filter(m)), p);
            },
            concat: (l) => {
              const p = a(Et());
              return (
                p.use(l),
                p.identifyOnResolve(r || p.identifyOnResolve() || (l.identifyOnResolve?.() ?? !1)),
                p
              );
            },
            applyToStack: a,
            identify: () =>
              u(!0).map((l) => {
                const p = l.step ?? l.relation + ' ' + l.toMiddleware;
                return He(l.name, l.aliases) + ' - ' + p;
              }),
            identifyOnResolve(l) {
              return (typeof l == 'boolean' && (r = l), r);
            },
            resolve: (l, p) => {
              for (const m of u()
                .map((h) => h.middleware)
                .reverse())
                l = m(l, p);
              return (r && console.log(d.identify()), l);
            },
          };
        return d;
      }),
      (Ru = { initialize: 5, serialize: 4, build: 3, finalizeRequest: 2, deserialize: 1 }),
      (wu = { high: 3, normal: 2, low: 1 });
  });
var et,
  _u = f(() => {
    Hn();
    et = class {
      config;
      middlewareStack = Et();
      initConfig;
      handlers;
      constructor(e) {
        this.config = e;
        const { protocol: r, protocolSettings: o } = e;
        o && typeof r == 'function' && (e.protocol = new r(o));
      }
      send(e, r, o) {
        let s = typeof r != 'function' ? r : void 0,
          n = typeof r == 'function' ? r : o,
          i = s === void 0 && this.config.cacheMiddleware === !0,
          a;
        if (i) {
          this.handlers || (this.handlers = new WeakMap());
          const c = this.handlers;
          c.has(e.constructor)
            ? (a = c.get(e.constructor))
            : ((a = e.resolveMiddleware(this.middlewareStack, this.config, s)), c.set(e.constructor, a));
        } else delete this.handlers, (a = e.resolveMiddleware(this.middlewareStack, this.config, s));
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
var tt,
  Vn = f(() => {
    tt = (t) => (typeof t == 'function' ? t() : t);
  });
var po,
  qn = f(() => {
    po = (t, e, r, o, s) => ({ name: e, namespace: t, traits: r, input: o, output: s });
  });
var Au,
  jn,
  Tu = f(() => {
    N();
    qn();
    (Au = (t) => (e, r) => async (o) => {
      const { response: s } = await e(o),
        { operationSchema: n } = Y(r),
        [, i, a, c, u, d] = n ?? [];
      try {
        const l = await t.protocol.deserializeResponse(po(i, a, c, u, d), { ...t, ...r }, s);
        return { response: s, output: l };
      } catch (l) {
        if (
          (Object.defineProperty(l, '$response', {
            value: s,
            enumerable: !1,
            writable: !1,
            configurable: !1,
          }),
          !('$metadata' in l))
        ) {
          const p =
            'Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.';
          try {
            l.message +=
              `
  ` + p;
          } catch {
            !r.logger || r.logger?.constructor?.name === 'NoOpLogger' ? console.warn(p) : r.logger?.warn?.(p);
          }
          typeof l.$responseBodyText < 'u' && l.$response && (l.$response.body = l.$responseBodyText);
          try {
            if (re.isInstance(s)) {
              const { headers: m = {}, statusCode: h } = s,
                S = Object.entries(m);
              l.$metadata = {
                httpStatusCode: h,
                requestId: jn(/^x-[\w-]+-request-?id$/, S),
                extendedRequestId: jn(/^x-[\w-]+-id-2$/, S),
                cfId: jn(/^x-[\w-]+-cf-id$/, S),
              };
            }
          } catch {}
        }
        throw l;
      }
    }),
      (jn = (t, e) => (e.find(([r]) => r.match(t)) || [void 0, void 0])[1]);
  });
var bu,
  vu = f(() => {
    N();
    qn();
    bu = (t) => (e, r) => async (o) => {
      const { operationSchema: s } = Y(r),
        [, n, i, a, c, u] = s ?? [],
        d = r.endpointV2 ? async () => Be(r.endpointV2) : t.endpoint,
        l = await t.protocol.serializeRequest(po(n, i, a, c, u), o.input, { ...t, ...r, endpoint: d });
      return e({ ...o, request: l });
    };
  });
function tr(t) {
  return {
    applyToStack: (e) => {
      e.add(bu(t), Cu), e.add(Au(t), Iu), t.protocol.setSerdeContext(t);
    },
  };
}
var Iu,
  Cu,
  Nu = f(() => {
    Tu();
    vu();
    (Iu = { name: 'deserializerMiddleware', step: 'deserialize', tags: ['DESERIALIZER'], override: !0 }),
      (Cu = { name: 'serializerMiddleware', step: 'serialize', tags: ['SERIALIZER'], override: !0 });
  });
function Ve(t) {
  if (typeof t == 'object') return t;
  if (((t = t | 0), fo[t])) return fo[t];
  let e = {},
    r = 0;
  for (const o of [
    'httpLabel',
    'idempotent',
    'idempotencyToken',
    'sensitive',
    'httpPayload',
    'httpResponseCode',
    'httpQueryParams',
  ])
    ((t >> r++) & 1) === 1 && (e[o] = 1);
  return (fo[t] = e);
}
var fo,
  zn = f(() => {
    fo = [];
  });
function or(t, e) {
  if (t instanceof I) return Object.assign(t, { memberName: e, _isMemberSchema: !0 });
  const r = I;
  return new r(t, e);
}
var rr,
  mo,
  ho,
  I,
  Gn,
  Mu,
  Ou = f(() => {
    Vn();
    zn();
    (rr = { it: Symbol.for('@smithy/nor-struct-it'), ns: Symbol.for('@smithy/ns') }),
      (mo = []),
      (ho = {}),
      (I = class t {
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
          let o = [],
            s = e,
            n = e;
          for (this._isMemberSchema = !1; Gn(s); )
            o.push(s[1]), (s = s[0]), (n = tt(s)), (this._isMemberSchema = !0);
          if (o.length > 0) {
            this.memberTraits = {};
            for (let i = o.length - 1; i >= 0; --i) {
              const a = o[i];
              Object.assign(this.memberTraits, Ve(a));
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
            ((this.schema = tt(n)),
            Mu(this.schema)
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
            if (mo[e]) return mo[e];
          } else if (typeof e == 'string') {
            if (ho[e]) return ho[e];
          } else if (r && e[rr.ns]) return e[rr.ns];
          const o = tt(e);
          if (o instanceof t) return o;
          if (Gn(o)) {
            const [n, i] = o;
            if (n instanceof t) return (Object.assign(n.getMergedTraits(), Ve(i)), n);
            throw new Error(
              `@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(e, null, 2)}.`,
            );
          }
          const s = new t(o);
          return r
            ? (e[rr.ns] = s)
            : typeof o == 'string'
              ? (ho[o] = s)
              : typeof o == 'number'
                ? (mo[o] = s)
                : s;
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
          return Ve(this.memberTraits);
        }
        getOwnTraits() {
          return Ve(this.traits);
        }
        getKeySchema() {
          const [e, r] = [this.isDocumentSchema(), this.isMapSchema()];
          if (!e && !r)
            throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);
          const o = this.getSchema(),
            s = e ? 15 : (o[4] ?? 0);
          return or([s, 0], 'key');
        }
        getValueSchema() {
          const e = this.getSchema(),
            [r, o, s] = [this.isDocumentSchema(), this.isMapSchema(), this.isListSchema()],
            n =
              typeof e == 'number'
                ? 63 & e
                : e && typeof e == 'object' && (o || s)
                  ? e[3 + e[0]]
                  : r
                    ? 15
                    : void 0;
          if (n != null) return or([n, 0], o ? 'value' : 'member');
          throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`);
        }
        getMemberSchema(e) {
          const r = this.getSchema();
          if (this.isStructSchema() && r[4].includes(e)) {
            const o = r[4].indexOf(e),
              s = r[5][o];
            return or(Gn(s) ? s : [s, 0], e);
          }
          if (this.isDocumentSchema()) return or([15, 0], e);
          throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`);
        }
        getMemberSchemas() {
          const e = {};
          try {
            for (const [r, o] of this.structIterator()) e[r] = o;
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
            o = e[rr.it];
          if (o && r === o.length) {
            yield* o;
            return;
          }
          o = Array(r);
          for (let s = 0; s < r; ++s) {
            const n = e[4][s],
              i = or([e[5][s], 0], n);
            yield (o[s] = [n, i]);
          }
          e[rr.it] = o;
        }
      });
    (Gn = (t) => Array.isArray(t) && t.length === 2), (Mu = (t) => Array.isArray(t) && t.length >= 5);
  });
var Z,
  Pu = f(() => {
    Z = class t {
      namespace;
      schemas;
      exceptions;
      static registries = new Map();
      constructor(e, r = new Map(), o = new Map()) {
        (this.namespace = e),
          (this.schemas = r),
          (this.exceptions = o),
          t.registries.has(e) || t.registries.set(e, this);
      }
      static for(e) {
        return t.registries.get(e) ?? new t(e);
      }
      copyFrom(e) {
        const { schemas: r, exceptions: o } = this;
        for (const [s, n] of e.schemas) r.has(s) || r.set(s, n);
        for (const [s, n] of e.exceptions) o.has(s) || o.set(s, n);
      }
      register(e, r) {
        const o = this.normalizeShapeId(e);
        for (const s of [this, t.for(o.split('#')[0])]) s.schemas.has(o) || s.schemas.set(o, r);
      }
      getSchema(e) {
        const r = this.normalizeShapeId(e);
        if (!this.schemas.has(r)) {
          if (!e.includes('#')) {
            const o = '#' + e,
              s = [];
            for (const [n, i] of this.schemas.entries()) n.endsWith(o) && s.push(i);
            if (s.length === 1) return s[0];
          }
          throw new Error(`@smithy/core/schema - schema not found for ${r}`);
        }
        return this.schemas.get(r);
      }
      registerError(e, r) {
        const o = e,
          s = o[1],
          n = s + '#' + o[2];
        r.hasOwnProperty?.('shapeId') || (r.shapeId = n);
        for (const i of [this, t.for(s)])
          !i.schemas.has(n) && !i.exceptions.has(o) && (i.schemas.set(n, o), i.exceptions.set(o, r));
      }
      getErrorCtor(e) {
        const r = e;
        return this.exceptions.has(r) ? this.exceptions.get(r) : t.for(r[1]).exceptions.get(r);
      }
      getBaseException() {
        for (const e of this.exceptions.keys())
          if (Array.isArray(e)) {
            const [, r, o] = e,
              s = r + '#' + o;
            if (s.startsWith('smithy.ts.sdk.synthetic.') && s.endsWith('ServiceException')) return e;
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
var ee = f(() => {
  Vn();
  Nu();
  Ou();
  zn();
  Pu();
});
function xt(t, e) {
  if (e == null) return e;
  const r = I.of(t);
  if (r.getMergedTraits().sensitive) return Qn;
  if (r.isListSchema()) {
    const o = r.getValueSchema();
    if (o.getMergedTraits().sensitive) return Qn;
    if (Array.isArray(e)) return e.map((s) => xt(o, s));
  } else if (r.isMapSchema()) {
    const o = r.getValueSchema();
    if (r.getKeySchema().getMergedTraits().sensitive || o.getMergedTraits().sensitive) return Qn;
    if (typeof e == 'object') return Object.fromEntries(Object.entries(e).map(([s, n]) => [s, xt(o, n)]));
  } else if (r.isStructSchema() && typeof e == 'object') {
    const o = e,
      s = {};
    for (const [n, i] of r.structIterator()) o[n] != null && (s[n] = xt(i, o[n]));
    return s;
  }
  return e;
}
var Qn,
  Du = f(() => {
    ee();
    Qn = '***SensitiveInformation***';
  });
var Lu,
  sr,
  Wn,
  ku = f(() => {
    Ce();
    Hn();
    Du();
    ee();
    (Lu = Symbol.for('@smithy/op-event-stream')),
      (sr = class {
        middlewareStack = Et();
        schema;
        static classBuilder() {
          return new Wn();
        }
        resolveMiddlewareWithContext(
          e,
          r,
          o,
          {
            middlewareFn: s,
            clientName: n,
            commandName: i,
            inputFilterSensitiveLog: a,
            outputFilterSensitiveLog: c,
            smithyContext: u,
            additionalContext: d,
            CommandCtor: l,
          },
        ) {
          for (const $ of s.bind(this)(l, e, r, o)) this.middlewareStack.use($);
          let p = e.concat(this.middlewareStack),
            { logger: m } = r,
            h = d[ye],
            S = {
              logger: m,
              clientName: n,
              commandName: i,
              inputFilterSensitiveLog: a,
              outputFilterSensitiveLog: c,
              ...d,
              [ye]: {
                ...h,
                commandInstance: this,
                ...u,
                ...(o?.metricsRecorder === void 0 ? {} : { metricsRecorder: o.metricsRecorder }),
                ...(o?.abortSignal === void 0 ? {} : { abortSignal: o.abortSignal }),
              },
            },
            { requestHandler: g } = r,
            y = o ?? {};
          y.metricsRecorder && ((y = { ...y }), delete y.metricsRecorder);
          let x,
            _ = this.schema,
            b = _?.[Lu];
          if (b !== void 0) x = b;
          else if (_ && Array.isArray(_) && _[0] === 9) {
            const [, , , , $, J] = _;
            x = _[Lu] = !!(I.of($).getEventStreamMember() || I.of(J).getEventStreamMember());
          }
          return (x && (y = { isEventStream: x, ...y }), p.resolve(($) => g.handle($.request, y), S));
        }
      }),
      (Wn = class {
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
        s(e, r, o = {}) {
          return ((this._smithyContext = { service: e, operation: r, ...o }), this);
        }
        c(e = {}) {
          return ((this._additionalContext = e), this);
        }
        n(e, r) {
          return ((this._clientName = e), (this._commandName = r), this);
        }
        f(e = (o) => o, r = (o) => o) {
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
          return (r = class extends sr {
            input;
            static getEndpointParameterInstructions() {
              return e._ep;
            }
            constructor(...[o]) {
              super(), (this.input = o ?? {}), e._init(this), (this.schema = e._operationSchema);
            }
            resolveMiddleware(o, s, n) {
              const i = e._operationSchema,
                a = i?.[4] ?? i?.input,
                c = i?.[5] ?? i?.output;
              return this.resolveMiddlewareWithContext(o, s, n, {
                CommandCtor: r,
                middlewareFn: e._middlewareFn,
                clientName: e._clientName,
                commandName: e._commandName,
                inputFilterSensitiveLog: e._inputFilterSensitiveLog ?? (i ? xt.bind(null, a) : (u) => u),
                outputFilterSensitiveLog: e._outputFilterSensitiveLog ?? (i ? xt.bind(null, c) : (u) => u),
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
var rt,
  go,
  Uu = f(() => {
    (rt = class t extends Error {
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
          let o = Object.hasOwn(this, 'shapeId') ? this.shapeId : void 0,
            s = !1;
          if (o) {
            let i = Object.getPrototypeOf(r);
            for (; i && i !== Object.prototype; ) {
              const a = i.constructor,
                c = a !== t && Object.hasOwn(a, 'shapeId') ? a?.shapeId : void 0;
              if (c && ((s = !0), c === o)) return !0;
              i = Object.getPrototypeOf(i);
            }
          }
          if (o && s) return !1;
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
      (go = (t, e = {}) => {
        Object.entries(e)
          .filter(([, o]) => o !== void 0)
          .forEach(([o, s]) => {
            (t[o] == null || t[o] === '') && (t[o] = s);
          });
        const r = t.message || t.Message || 'UnknownError';
        return ((t.message = r), delete t.Message, t);
      });
  });
var nr,
  $u = f(() => {
    nr = (t) => {
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
var Bu,
  ir,
  Fu = f(() => {
    (Bu = !1),
      (ir = (t) => {
        t && !Bu && parseInt(t.substring(1, t.indexOf('.'))) < 16 && (Bu = !0);
      });
  });
var Hu,
  Vu,
  qu,
  ju = f(() => {
    N();
    Ce();
    (Hu = Object.values(Ie)),
      (Vu = (t) => {
        const e = [];
        for (const r in Ie) {
          if (!w(Ie, r)) continue;
          const o = Ie[r];
          t[o] !== void 0 && e.push({ algorithmId: () => o, checksumConstructor: () => t[o] });
        }
        for (const [r, o] of Object.entries(t.checksumAlgorithms ?? {}))
          e.push({ algorithmId: () => r, checksumConstructor: () => o });
        return {
          addChecksumAlgorithm(r) {
            t.checksumAlgorithms = t.checksumAlgorithms ?? {};
            const o = r.algorithmId(),
              s = r.checksumConstructor();
            Hu.includes(o) ? (t.checksumAlgorithms[o.toUpperCase()] = s) : (t.checksumAlgorithms[o] = s),
              e.push(r);
          },
          checksumAlgorithms() {
            return e;
          },
        };
      }),
      (qu = (t) => {
        const e = {};
        return (
          t.checksumAlgorithms().forEach((r) => {
            const o = r.algorithmId();
            Hu.includes(o) && (e[o] = r.checksumConstructor());
          }),
          e
        );
      });
  });
var zu,
  Gu,
  Qu = f(() => {
    (zu = (t) => ({
      setRetryStrategy(e) {
        t.retryStrategy = e;
      },
      retryStrategy() {
        return t.retryStrategy;
      },
    })),
      (Gu = (t) => {
        const e = {};
        return ((e.retryStrategy = t.retryStrategy()), e);
      });
  });
var ar,
  cr,
  Wu = f(() => {
    ju();
    Qu();
    (ar = (t) => Object.assign(Vu(t), zu(t))), (cr = (t) => Object.assign(qu(t), Gu(t)));
  });
var ce,
  Ku = f(() => {
    ce = class {
      trace() {}
      debug() {}
      info() {}
      warn() {}
      error() {}
    };
  });
function ur(t, e, r, o) {
  return (n, i, a, c, u = {}) => {
    const d = Object.assign({}, t, n);
    return sr
      .classBuilder()
      .ep(d)
      .m(function (l, p, m, h) {
        const S = i.call(this, l, p, m, h);
        return (S.unshift(o(m, l.getEndpointParameterInstructions())), S);
      })
      .s(e, a, u)
      .n(r, a.charAt(0).toUpperCase() + a.slice(1) + 'Command')
      .sc(c)
      .build();
  };
}
var Ju = f(() => {
  ku();
});
var q = f(() => {
  N();
  N();
  _u();
  $u();
  Fu();
  Uu();
  Wu();
  Ku();
  Ju();
});
var Xu,
  Kn,
  Jn,
  Yu,
  Zu,
  el,
  tl,
  rl,
  ol,
  Xn = f(() => {
    (Xu = 'AWS_EXECUTION_ENV'),
      (Kn = 'AWS_REGION'),
      (Jn = 'AWS_DEFAULT_REGION'),
      (Yu = 'AWS_EC2_METADATA_DISABLED'),
      (Zu = ['in-region', 'cross-region', 'mobile', 'standard', 'legacy']),
      (el = '/latest/meta-data/placement/region'),
      (tl = '/latest/api/token'),
      (rl = 'x-aws-ec2-metadata-token'),
      (ol = 'x-aws-ec2-metadata-token-ttl-seconds');
  });
var sl,
  Ng,
  al,
  So,
  nl,
  Mg,
  il,
  Yn = f(() => {
    Xn();
    (sl = 1e3),
      (Ng = 6e4),
      (al = 0),
      (So = async () => {
        if (!process.env[Yu] && !(Date.now() < al))
          try {
            const t = Mg(),
              e = (await il({ ...t, path: tl, method: 'PUT', headers: { [ol]: '21600' } })).toString();
            return (
              (await il({ ...t, path: el, method: 'GET', headers: { [rl]: e } })).toString().trim() || nl()
            );
          } catch {
            return nl();
          }
      }),
      (nl = () => {
        al = Date.now() + Ng;
      }),
      (Mg = () => {
        const t = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
        if (t) {
          const e = new URL(t);
          return { hostname: e.hostname.replace(/^\[(.+)]$/, '$1'), port: e.port ? Number(e.port) : void 0 };
        }
        return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === 'IPv6'
          ? { hostname: 'fd00:ec2::254' }
          : { hostname: '169.254.169.254' };
      }),
      (il = async (t) => {
        const { request: e } = await import('node:http');
        return new Promise((r, o) => {
          const s = e({
            hostname: t.hostname,
            port: t.port,
            path: t.path,
            method: t.method,
            headers: t.headers,
            timeout: sl,
            signal: AbortSignal.timeout(sl),
          });
          s.on('error', (n) => {
            o(n), s.destroy();
          }),
            s.on('timeout', () => {
              o(new Error('TimeoutError from instance metadata service')), s.destroy();
            }),
            s.on('response', (n) => {
              const { statusCode: i = 400 } = n;
              if (i < 200 || i >= 300) {
                o(
                  Object.assign(new Error('Error response received from instance metadata service'), {
                    statusCode: i,
                  }),
                ),
                  s.destroy();
                return;
              }
              const a = [];
              n.on('data', (c) => a.push(c)),
                n.on('end', () => {
                  r(Buffer.concat(a)), s.destroy();
                });
            }),
            s.end();
        });
      });
  });
var cl,
  ul,
  ot,
  lr,
  Zn = f(() => {
    Yn();
    (cl = 'AWS_REGION'),
      (ul = 'region'),
      (ot = {
        environmentVariableSelector: (t) => t[cl],
        configFileSelector: (t) => t[ul],
        default: async () => {
          const t = await So();
          if (t) return t;
          throw new Error('Region is missing');
        },
      }),
      (lr = { preferredFile: 'credentials' });
  });
var ll,
  dl,
  pl = f(() => {
    N();
    (ll = new Set()),
      (dl = (t, e = _e) => {
        if (!ll.has(t) && !e(t))
          if (t === '*')
            console.warn(
              '@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.',
            );
          else throw new Error(`Region not accepted: region="${t}" is not a valid hostname component.`);
        else ll.add(t);
      });
  });
var yo,
  ei = f(() => {
    yo = (t) => typeof t == 'string' && (t.startsWith('fips-') || t.endsWith('-fips'));
  });
var fl,
  ml = f(() => {
    ei();
    fl = (t) =>
      yo(t)
        ? ['fips-aws-global', 'aws-fips'].includes(t)
          ? 'us-east-1'
          : t.replace(/fips-(dkr-|prod-)?|-fips/, '')
        : t;
  });
var dr,
  hl = f(() => {
    pl();
    ml();
    ei();
    dr = (t) => {
      const { region: e, useFipsEndpoint: r } = t;
      if (!e) throw new Error('Region is missing');
      return Object.assign(t, {
        region: async () => {
          const o = typeof e == 'function' ? await e() : e,
            s = fl(o);
          return (dl(s), s);
        },
        useFipsEndpoint: async () => {
          const o = typeof e == 'string' ? e : await e();
          return yo(o) ? !0 : typeof r != 'function' ? Promise.resolve(!!r) : r();
        },
      });
    };
  });
var Og,
  Pg,
  gl,
  Sl = f(() => {
    (Og = 'AWS_DEFAULTS_MODE'),
      (Pg = 'defaults_mode'),
      (gl = {
        environmentVariableSelector: (t) => t[Og],
        configFileSelector: (t) => t[Pg],
        default: 'legacy',
      });
  });
var pr,
  Dg,
  Lg,
  yl = f(() => {
    Zn();
    Yn();
    Fn();
    Dn();
    Xn();
    Sl();
    (pr = ({ region: t = L(ot), defaultsMode: e = L(gl) } = {}) =>
      io(async () => {
        const r = typeof e == 'function' ? await e() : e;
        switch (r?.toLowerCase()) {
          case 'auto':
            return Dg(t);
          case 'in-region':
          case 'cross-region':
          case 'mobile':
          case 'standard':
          case 'legacy':
            return Promise.resolve(r?.toLocaleLowerCase());
          case void 0:
            return Promise.resolve('legacy');
          default:
            throw new Error(`Invalid parameter for "defaultsMode", expect ${Zu.join(', ')}, got ${r}`);
        }
      })),
      (Dg = async (t) => {
        if (t) {
          const e = typeof t == 'function' ? await t() : t,
            r = await Lg();
          return r ? (e === r ? 'in-region' : 'cross-region') : 'standard';
        }
        return 'standard';
      }),
      (Lg = async () =>
        process.env[Xu] && (process.env[Kn] || process.env[Jn])
          ? (process.env[Kn] ?? process.env[Jn])
          : So());
  });
var Te = f(() => {
  no();
  ao();
  co();
  Fn();
  Su();
  xu();
  Zn();
  hl();
  yl();
});
var El,
  xl,
  Rl,
  wl = f(() => {
    (El = 'AWS_ENDPOINT_URL'),
      (xl = 'endpoint_url'),
      (Rl = (t) => ({
        environmentVariableSelector: (e) => {
          const r = t.split(' ').map((n) => n.toUpperCase()),
            o = e[[El, ...r].join('_')];
          if (o) return o;
          const s = e[El];
          if (s) return s;
        },
        configFileSelector: (e, r) => {
          if (e.services) {
            const s = ['services', e.services].join('.');
            if (!r || !r[s])
              throw new Error(
                `The services section "${e.services}" specified in the profile is not present in the shared configuration file.`,
              );
            const n = r[s],
              i = t.split(' ').map((c) => c.toLowerCase()),
              a = n[[i.join('_'), xl].join('.')];
            if (a) return a;
          }
          const o = e[xl];
          if (o) return o;
        },
        default: void 0,
      }));
  });
var kg,
  Ug,
  _l,
  Al = f(() => {
    Te();
    (kg = 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'),
      (Ug = 'ignore_configured_endpoint_urls'),
      (_l = {
        environmentVariableSelector: (t) => ae(t, kg, se.ENV),
        configFileSelector: (t) => ae(t, Ug, se.CONFIG),
        default: !1,
      });
  });
var fr,
  Tl = f(() => {
    Te();
    wl();
    Al();
    fr = async (t) => {
      if (!(await L(_l)())) return L(Rl(t ?? ''))();
    };
  });
var ti,
  $g,
  Bg,
  Fg,
  bl,
  vl,
  Il = f(() => {
    (ti = async (t) => {
      const e = t?.Bucket || '';
      if (
        (typeof t.Bucket == 'string' &&
          (t.Bucket = e.replace(/#/g, encodeURIComponent('#')).replace(/\?/g, encodeURIComponent('?'))),
        vl(e))
      ) {
        if (t.ForcePathStyle === !0) throw new Error('Path-style addressing cannot be used with ARN buckets');
      } else
        (!bl(e) ||
          (e.indexOf('.') !== -1 && !String(t.Endpoint).startsWith('http:')) ||
          e.toLowerCase() !== e ||
          e.length < 3) &&
          (t.ForcePathStyle = !0);
      return (
        t.DisableMultiRegionAccessPoints && ((t.disableMultiRegionAccessPoints = !0), (t.DisableMRAP = !0)), t
      );
    }),
      ($g = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/),
      (Bg = /(\d+\.){3}\d+/),
      (Fg = /\.\./),
      (bl = (t) => $g.test(t) && !Bg.test(t) && !Fg.test(t)),
      (vl = (t) => {
        const [e, r, o, , , s] = t.split(':'),
          n = e === 'arn' && t.split(':').length >= 6,
          i = !!(n && r && o && s);
        if (n && !i) throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);
        return i;
      });
  });
var Cl = f(() => {
  Il();
});
var Nl,
  Ml = f(() => {
    Nl = (t, e, r, o = !1) => {
      const s = async () => {
        let n;
        return (
          o ? (n = r.clientContextParams?.[t] ?? r[t] ?? r[e]) : (n = r[t] ?? r[e]),
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
                const n = await s();
                if (n && typeof n == 'object') {
                  if ('url' in n) return n.url.href;
                  if ('hostname' in n) {
                    const { protocol: i, hostname: a, port: c, path: u } = n;
                    return `${i}//${a}${c ? ':' + c : ''}${u}`;
                  }
                }
                return n;
              }
            : s;
    };
  });
var ri = f(() => {
  N();
});
function Eo(t) {
  return async (e, r, o, s) => {
    if (!o.isCustomEndpoint && !o.ignoreConfiguredEndpointUrls) {
      let a;
      o.serviceConfiguredEndpoint ? (a = await o.serviceConfiguredEndpoint()) : (a = await t(o.serviceId)),
        a &&
          ((o.endpoint = () => Promise.resolve(Be(a))),
          (o.isCustomEndpoint = !0),
          s?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${a}`));
    }
    const n = await Hg(e, r, o);
    if (typeof o.endpointProvider != 'function') throw new Error('config.endpointProvider is not set.');
    const i = o.endpointProvider(n, s);
    if (o.isCustomEndpoint && o.endpoint) {
      const a = await o.endpoint();
      if (a?.headers) {
        i.headers ??= {};
        for (const [c, u] of Object.entries(a.headers)) i.headers[c] = Array.isArray(u) ? u : [u];
      }
    }
    return i;
  };
}
var Hg,
  oi = f(() => {
    Cl();
    Ml();
    ri();
    Hg = async (t, e, r) => {
      const o = {},
        s = e?.getEndpointParameterInstructions?.() || {};
      for (const [n, i] of Object.entries(s))
        switch (i.type) {
          case 'staticContextParams':
            o[n] = i.value;
            break;
          case 'contextParams':
            o[n] = t[i.name];
            break;
          case 'clientContextParams':
          case 'builtInParams':
            o[n] = await Nl(i.name, n, r, i.type !== 'builtInParams')();
            break;
          case 'operationContextParams':
            o[n] = i.get(t);
            break;
          default:
            throw new Error('Unrecognized endpoint parameter instruction: ' + JSON.stringify(i));
        }
      return (
        Object.keys(s).length === 0 && Object.assign(o, r),
        String(r.serviceId).toLowerCase() === 's3' && (await ti(o)),
        o
      );
    };
  });
function Vg(t, e, r) {
  t.__smithy_context
    ? t.__smithy_context.features || (t.__smithy_context.features = {})
    : (t.__smithy_context = { features: {} }),
    (t.__smithy_context.features[e] = r);
}
function xo(t) {
  const e = Eo(t);
  return ({ config: r, instructions: o }) =>
    (s, n) =>
    async (i) => {
      r.isCustomEndpoint && Vg(n, 'ENDPOINT_OVERRIDE', 'N');
      const a = await e(
        i.input,
        {
          getEndpointParameterInstructions() {
            return o;
          },
        },
        { ...r },
        n,
      );
      (n.endpointV2 = a), (n.authSchemes = a.properties?.authSchemes);
      const c = n.authSchemes?.[0];
      if (c) {
        (n.signing_region = c.signingRegion), (n.signing_service = c.signingName);
        const d = Y(n)?.selectedHttpAuthScheme?.httpAuthOption;
        d &&
          (d.signingProperties = Object.assign(
            d.signingProperties || {},
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
      return s({ ...i });
    };
}
var si = f(() => {
  N();
  oi();
});
function Ol(t) {
  const e = xo(t);
  return (r, o) => ({
    applyToStack: (s) => {
      s.addRelativeTo(e({ config: r, instructions: o }), jg);
    },
  });
}
var qg,
  jg,
  Pl = f(() => {
    si();
    (qg = { name: 'serializerMiddleware', step: 'serialize', tags: ['SERIALIZER'], override: !0 }),
      (jg = {
        step: 'serialize',
        tags: ['ENDPOINT_PARAMETERS', 'ENDPOINT_V2', 'ENDPOINT'],
        name: 'endpointV2Middleware',
        override: !0,
        relation: 'before',
        toMiddleware: qg.name,
      });
  });
function Dl(t) {
  return (e) => {
    let r = e.tls ?? !0,
      { endpoint: o, useDualstackEndpoint: s, useFipsEndpoint: n } = e,
      i = o != null ? async () => Be(await z(o)()) : void 0,
      c = Object.assign(e, {
        endpoint: i,
        tls: r,
        isCustomEndpoint: !!o,
        useDualstackEndpoint: z(s ?? !1),
        useFipsEndpoint: z(n ?? !1),
        ignoreConfiguredEndpointUrls: !!e.ignoreConfiguredEndpointUrls,
      }),
      u;
    return ((c.serviceConfiguredEndpoint = async () => (e.serviceId && !u && (u = t(e.serviceId)), u)), c);
  };
}
var Ll = f(() => {
  N();
  ri();
});
var st,
  kl = f(() => {
    st = class t {
      nodes;
      root;
      conditions;
      results;
      constructor(e, r, o, s) {
        (this.nodes = e), (this.root = r), (this.conditions = o), (this.results = s);
      }
      static from(e, r, o, s) {
        return new t(e, r, o, s);
      }
    };
  });
var nt,
  Ul = f(() => {
    nt = class {
      capacity;
      data = new Map();
      parameters = [];
      constructor({ size: e, params: r }) {
        (this.capacity = e ?? 50), r && (this.parameters = r);
      }
      get(e, r) {
        const o = this.hash(e);
        if (o === !1) return r();
        if (!this.data.has(o)) {
          if (this.data.size > this.capacity + 10) {
            let s = this.data.keys(),
              n = 0;
            for (;;) {
              const { value: i, done: a } = s.next();
              if ((this.data.delete(i), a || ++n > 10)) break;
            }
          }
          this.data.set(o, r());
        }
        return this.data.get(o);
      }
      size() {
        return this.data.size;
      }
      hash(e) {
        let r = '',
          { parameters: o } = this;
        if (o.length === 0) return !1;
        for (const s of o) {
          const n = e[s],
            i = n == null ? '\0' : String(n);
          if (i.includes('|;')) return !1;
          r += i + '|;';
        }
        return r;
      }
    };
  });
var V,
  $l = f(() => {
    V = class extends Error {
      constructor(e) {
        super(e), (this.name = 'EndpointError');
      }
    };
  });
var Me = f(() => {
  $l();
});
var ni,
  Bl = f(() => {
    ni = 'endpoints';
  });
function Rt(t) {
  return typeof t != 'object' || t == null
    ? t
    : 'ref' in t
      ? `$${Rt(t.ref)}`
      : 'fn' in t
        ? `${t.fn}(${(t.argv || []).map(Rt).join(', ')})`
        : JSON.stringify(t, null, 2);
}
var Fl = f(() => {});
var Hl = f(() => {
  Bl();
  Fl();
});
var Oe,
  ii = f(() => {
    Oe = {};
  });
var ai,
  Vl = f(() => {
    ai = (t, e) => t === e;
  });
function ci(...t) {
  for (const e of t) if (e != null) return e;
}
var ql = f(() => {});
var jl,
  zl = f(() => {
    Me();
    jl = (t) => {
      const e = t.split('.'),
        r = [];
      for (const o of e) {
        const s = o.indexOf('[');
        if (s !== -1) {
          if (o.indexOf(']') !== o.length - 1) throw new V(`Path: '${t}' does not end with ']'`);
          const n = o.slice(s + 1, -1);
          if (Number.isNaN(parseInt(n))) throw new V(`Invalid array index: '${n}' in path: '${t}'`);
          s !== 0 && r.push(o.slice(0, s)), r.push(n);
        } else r.push(o);
      }
      return r;
    };
  });
var mr,
  Gl = f(() => {
    Me();
    zl();
    mr = (t, e) =>
      jl(e).reduce((r, o) => {
        if (typeof r != 'object') throw new V(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);
        if (Array.isArray(r)) {
          const s = parseInt(o);
          return r[s < 0 ? r.length + s : s];
        }
        return r[o];
      }, t);
  });
var ui,
  Ql = f(() => {
    ui = (t) => t != null;
  });
function li(t, e, r) {
  return t ? e : r;
}
var Wl = f(() => {});
var di,
  Kl = f(() => {
    di = (t) => !t;
  });
var zg,
  wt,
  pi = f(() => {
    (zg = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)){3}$/),
      (wt = (t) => zg.test(t) || (t.startsWith('[') && t.endsWith(']')));
  });
var fi,
  mi,
  Jl = f(() => {
    Ce();
    pi();
    (fi = { [Ye.HTTP]: 80, [Ye.HTTPS]: 443 }),
      (mi = (t) => {
        const e = (() => {
          try {
            if (t instanceof URL) return t;
            if (typeof t == 'object' && 'hostname' in t) {
              const { hostname: p, port: m, protocol: h = '', path: S = '', query: g = {} } = t,
                y = new URL(`${h}//${p}${m ? `:${m}` : ''}${S}`);
              return (
                (y.search = Object.entries(g)
                  .map(([x, _]) => `${x}=${_}`)
                  .join('&')),
                y
              );
            }
            return new URL(t);
          } catch {
            return null;
          }
        })();
        if (!e) return (console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`), null);
        const r = e.href,
          { host: o, hostname: s, pathname: n, protocol: i, search: a } = e;
        if (a) return null;
        const c = i.slice(0, -1);
        if (!Object.values(Ye).includes(c)) return null;
        const u = wt(s),
          d = r.includes(`${o}:${fi[c]}`) || (typeof t == 'string' && t.includes(`${o}:${fi[c]}`)),
          l = `${o}${d ? `:${fi[c]}` : ''}`;
        return { scheme: c, authority: l, path: n, normalizedPath: n.endsWith('/') ? n : `${n}/`, isIp: u };
      });
  });
function hi(t, e, r) {
  if (r === 1) return [t];
  if (t === '') return [''];
  const o = t.split(e);
  return r === 0 ? o : o.slice(0, r - 1).concat(o.slice(1).join(e));
}
var Xl = f(() => {});
var gi,
  Yl = f(() => {
    gi = (t, e) => t === e;
  });
var Si,
  Zl = f(() => {
    Si = (t, e, r, o) =>
      t == null || e >= r || t.length < r || /[^\u0000-\u007f]/.test(t)
        ? null
        : o
          ? t.substring(t.length - r, t.length - e)
          : t.substring(e, r);
  });
var yi,
  ed = f(() => {
    yi = (t) =>
      encodeURIComponent(t).replace(/[!*'()]/g, (e) => `%${e.charCodeAt(0).toString(16).toUpperCase()}`);
  });
var Ei = f(() => {
  Vl();
  ql();
  Gl();
  Ql();
  N();
  Wl();
  Kl();
  Jl();
  Xl();
  Yl();
  Zl();
  ed();
});
var td,
  rd = f(() => {
    Ei();
    td = {
      booleanEquals: ai,
      coalesce: ci,
      getAttr: mr,
      isSet: ui,
      isValidHostLabel: _e,
      ite: li,
      not: di,
      parseURL: mi,
      split: hi,
      stringEquals: gi,
      substring: Si,
      uriEncode: yi,
    };
  });
var Ro,
  xi = f(() => {
    Ei();
    Ro = (t, e) => {
      let r = [],
        { referenceRecord: o, endpointParams: s } = e,
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
          const [u, d] = c.split('#');
          r.push(mr(o[u] ?? s[u], d));
        } else r.push(o[c] ?? s[c]);
        n = a + 1;
      }
      return r.join('');
    };
  });
var od,
  sd = f(() => {
    od = ({ ref: t }, e) => e.referenceRecord[t] ?? e.endpointParams[t];
  });
var it,
  wo,
  nd,
  hr = f(() => {
    Me();
    ii();
    rd();
    xi();
    sd();
    (it = (t, e, r) => {
      if (typeof t == 'string') return Ro(t, r);
      if (t.fn) return nd.callFunction(t, r);
      if (t.ref) return od(t, r);
      throw new V(`'${e}': ${String(t)} is not a string, function or reference.`);
    }),
      (wo = ({ fn: t, argv: e }, r) => {
        const o = Array(e.length);
        for (let i = 0; i < o.length; ++i) {
          const a = e[i];
          typeof a == 'boolean' || typeof a == 'number'
            ? (o[i] = a)
            : (o[i] = nd.evaluateExpression(a, 'arg', r));
        }
        const s = t.indexOf('.');
        if (s !== -1) {
          const a = Oe[t.slice(0, s)]?.[t.slice(s + 1)];
          if (typeof a == 'function') return a(...o);
        }
        const n = td[t];
        if (typeof n == 'function') return n(...o);
        throw new Error(`function ${t} not loaded in endpointFunctions.`);
      }),
      (nd = { evaluateExpression: it, callFunction: wo });
  });
var id = f(() => {
  hr();
});
var ad,
  cd = f(() => {
    Hl();
    Me();
    id();
    ad = (t, e) => {
      const { assign: r } = t;
      if (r && r in e.referenceRecord) throw new V(`'${r}' is already defined in Reference Record.`);
      const o = wo(t, e);
      e.logger?.debug?.(`${ni} evaluateCondition: ${Rt(t)} = ${Rt(o)}`);
      const s = o === '' ? !0 : !!o;
      return r != null ? { result: s, toAssign: { name: r, value: o } } : { result: s };
    };
  });
var ud,
  ld = f(() => {
    Me();
    hr();
    ud = (t, e) =>
      Object.entries(t ?? {}).reduce(
        (r, [o, s]) => (
          (r[o] = s.map((n) => {
            const i = it(n, 'Header value entry', e);
            if (typeof i != 'string') throw new V(`Header '${o}' value '${i}' is not a string`);
            return i;
          })),
          r
        ),
        {},
      );
  });
var Ri,
  dd,
  pd,
  fd = f(() => {
    Me();
    xi();
    (Ri = (t, e) => Object.entries(t).reduce((r, [o, s]) => ((r[o] = pd.getEndpointProperty(s, e)), r), {})),
      (dd = (t, e) => {
        if (Array.isArray(t)) return t.map((r) => dd(r, e));
        switch (typeof t) {
          case 'string':
            return Ro(t, e);
          case 'object':
            if (t === null) throw new V(`Unexpected endpoint property: ${t}`);
            return pd.getEndpointProperties(t, e);
          case 'boolean':
            return t;
          default:
            throw new V(`Unexpected endpoint property type: ${typeof t}`);
        }
      }),
      (pd = { getEndpointProperty: dd, getEndpointProperties: Ri });
  });
var md,
  hd = f(() => {
    Me();
    hr();
    md = (t, e) => {
      const r = it(t, 'Endpoint URL', e);
      if (typeof r == 'string')
        try {
          return new URL(r);
        } catch (o) {
          throw (console.error(`Failed to construct URL with ${r}`, o), o);
        }
      throw new V(`Endpoint URL must be a string, got ${typeof r}`);
    };
  });
var wi,
  gr,
  gd = f(() => {
    Me();
    cd();
    hr();
    ld();
    fd();
    hd();
    (wi = 1e8),
      (gr = (t, e) => {
        let { nodes: r, root: o, results: s, conditions: n } = t,
          i = o,
          a = {},
          c = { referenceRecord: a, endpointParams: e.endpointParams, logger: e.logger };
        for (; i !== 1 && i !== -1 && i < wi; ) {
          const u = 3 * (Math.abs(i) - 1),
            [d, l, p] = [r[u], r[u + 1], r[u + 2]],
            [m, h, S] = n[d],
            g = ad({ fn: m, assign: S, argv: h }, c);
          if (g.toAssign) {
            const { name: y, value: x } = g.toAssign;
            a[y] = x;
          }
          i = i >= 0 === g.result ? l : p;
        }
        if (i >= wi) {
          const u = s[i - wi];
          if (u[0] === -1) {
            const [, m] = u;
            throw new V(it(m, 'Error', c));
          }
          const [d, l, p] = u;
          return { url: md(d, c), properties: Ri(l, c), headers: ud(p ?? {}, c) };
        }
        throw new V('No matching endpoint.');
      });
  });
var Ev,
  _o,
  xv,
  Ao,
  fe = f(() => {
    Tl();
    oi();
    si();
    Pl();
    Ll();
    kl();
    Ul();
    gd();
    pi();
    N();
    ii();
    (Ev = Eo(fr)), (_o = Dl(fr)), (xv = xo(fr)), (Ao = Ol(fr));
  });
var Sd,
  yd,
  Ed = f(() => {
    (Sd = (t) =>
      typeof ReadableStream == 'function' &&
      (t?.constructor?.name === ReadableStream.name || t instanceof ReadableStream)),
      (yd = (t) => typeof Blob == 'function' && (t?.constructor?.name === Blob.name || t instanceof Blob));
  });
async function xd(t) {
  return t.arrayBuffer().then((e) => new Uint8Array(e));
}
async function Rd(t) {
  let e = [],
    r = t.getReader(),
    o = 0;
  for (;;) {
    const { done: s, value: n } = await r.read();
    if ((n && (e.push(n), (o += n.length)), s)) break;
  }
  return so(e, o);
}
var wd = f(() => {
  On();
});

import { Writable as Gg } from 'node:stream';

var _t,
  _i,
  _d = f(() => {
    On();
    wd();
    Ed();
    (_t = (t) =>
      yd(t)
        ? xd(t)
        : Sd(t)
          ? Rd(t)
          : new Promise((e, r) => {
              const o = new _i(),
                s = t;
              s.pipe(o),
                s.on('error', (n) => {
                  o.end(), r(n);
                }),
                o.on('error', r),
                o.on('finish', function () {
                  const n = so(this.bufferedBytes);
                  e(n);
                });
            })),
      (_i = class extends Gg {
        bufferedBytes = [];
        _write(e, r, o) {
          this.bufferedBytes.push(e), o();
        }
      });
  });
function Pe(t) {
  Object.defineProperty(t, '__proto__', { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
}
var Ad = f(() => {});

import { getRandomValues as Qg } from 'node:crypto';

var At,
  Wg,
  Ai,
  Td,
  A = f(() => {
    ac();
    cc();
    lc();
    eo();
    dc();
    fc();
    kc();
    Uc();
    Bc();
    Hc();
    Vc();
    qc();
    Rn();
    _d();
    N();
    Ad();
    (At = class extends uc(pe, te, Ue, ke) {}), (Wg = Qg), (Ai = pc(Wg)), (Td = Ai);
  });
function Ti(t, e) {
  let r = t[0],
    o = t[1],
    s = t[2],
    n = t[3];
  for (let i = 0; i < 64; ++i) {
    let a, c;
    i < 16
      ? ((a = (o & s) | (~o & n)), (c = i))
      : i < 32
        ? ((a = (n & o) | (s & ~n)), (c = (5 * i + 1) % 16))
        : i < 48
          ? ((a = o ^ s ^ n), (c = (3 * i + 5) % 16))
          : ((a = s ^ (o | ~n)), (c = (7 * i) % 16));
    const u = e.getUint32(c * 4, !0),
      d = n;
    (n = s), (s = o);
    const l = Zg[(i >> 4) * 4 + (i & 3)],
      p = (((r + a) & qe) + ((u + eS[i]) & qe)) & qe;
    (o = (o + (((p << l) | (p >>> (32 - l))) >>> 0)) & qe), (r = d);
  }
  (t[0] = (t[0] + r) & qe), (t[1] = (t[1] + o) & qe), (t[2] = (t[2] + s) & qe), (t[3] = (t[3] + n) & qe);
}
var bo,
  Cd,
  qe,
  Zg,
  eS,
  Nd = f(() => {
    A();
    (bo = class {
      digestLength = 16;
      state = Uint32Array.from(Cd);
      writeBuffer = new DataView(new ArrayBuffer(64));
      bufferLength = 0;
      bytesHashed = 0;
      update(e) {
        let r = j(e),
          o = 0,
          s = r.byteLength;
        for (this.bytesHashed += s; s > 0; )
          this.writeBuffer.setUint8(this.bufferLength++, r[o++]),
            --s,
            this.bufferLength === 64 && (Ti(this.state, this.writeBuffer), (this.bufferLength = 0));
      }
      async digest() {
        let e = Uint32Array.from(this.state),
          r = new DataView(this.writeBuffer.buffer.slice(0)),
          o = this.bufferLength,
          s = this.bytesHashed * 8;
        if ((r.setUint8(o++, 128), this.bufferLength % 64 >= 56)) {
          for (let a = o; a < 64; ++a) r.setUint8(a, 0);
          Ti(e, r), (o = 0);
        }
        for (let a = o; a < 56; ++a) r.setUint8(a, 0);
        r.setUint32(56, s >>> 0, !0), r.setUint32(60, Math.floor(s / 2 ** 32), !0), Ti(e, r);
        const n = new Uint8Array(16),
          i = new DataView(n.buffer);
        for (let a = 0; a < 4; ++a) i.setUint32(a * 4, e[a], !0);
        return n;
      }
      reset() {
        this.state.set(Cd),
          (this.writeBuffer = new DataView(new ArrayBuffer(64))),
          (this.bufferLength = 0),
          (this.bytesHashed = 0);
      }
    }),
      (Cd = [1732584193, 4023233417, 2562383102, 271733878]),
      (qe = 4294967295),
      (Zg = Uint8Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21)),
      (eS = Array.from({ length: 64 }, (t, e) => (Math.abs(Math.sin(e + 1)) * 2 ** 32) >>> 0));
  });

import { createHash as bi } from 'node:crypto';

function rS() {
  return class {
    digestLength = 16;
    hash = bi('md5');
    update(e) {
      this.hash.update(j(e));
    }
    async digest() {
      const e = this.hash.copy().digest();
      return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
    }
    reset() {
      this.hash = bi('md5');
    }
  };
}
var tS,
  vo,
  Md = f(() => {
    A();
    Nd();
    (tS = (() => {
      try {
        return (bi('md5'), !0);
      } catch {
        return !1;
      }
    })()),
      (vo = tS ? rS() : bo);
  });
var Od,
  vi,
  Io,
  Pd = f(() => {
    Od = new Uint32Array(256);
    for (let t = 0; t < 256; ++t) {
      let e = t;
      for (let r = 0; r < 8; ++r) e = e & 1 ? 3988292384 ^ (e >>> 1) : e >>> 1;
      Od[t] = e >>> 0;
    }
    (vi = 4294967295),
      (Io = class {
        digestLength = 4;
        checksum = vi;
        update(e) {
          for (let r = 0; r < e.length; ++r)
            this.checksum = (this.checksum >>> 8) ^ Od[(this.checksum ^ e[r]) & 255];
        }
        digestSync() {
          return (this.checksum ^ vi) >>> 0;
        }
        async digest() {
          const e = this.digestSync(),
            r = new Uint8Array(4);
          return (new DataView(r.buffer).setUint32(0, e, !1), r);
        }
        reset() {
          this.checksum = vi;
        }
      });
  });

import * as Ii from 'node:zlib';

function oS(t) {
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
var Dd,
  Tt,
  Ld = f(() => {
    Pd();
    (Dd = typeof Ii.crc32 == 'function' ? Ii.crc32 : void 0), (Tt = Dd ? oS(Dd) : Io);
  });
var W,
  kd,
  sS,
  Co,
  Ud,
  nS,
  $d = f(() => {
    A();
    (W = 64),
      (kd = 32),
      (sS = 2 ** 53 - 1),
      (Co = class t {
        digestLength = kd;
        state = Int32Array.from(Ud);
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
            const { inner: o, outer: s } = this,
              n = new Uint8Array(W * 2);
            for (let i = 0; i < W; ++i) (n[i] = 54 ^ r[i]), (n[i + W] = 92 ^ r[i]);
            o.update(n.subarray(0, W)), s.update(n.subarray(W));
          }
        }
        update(e) {
          if (this.finished) throw new Error('Attempted to update an already finished HMAC.');
          if (this.inner) {
            this.inner.update(e);
            return;
          }
          let r = j(e),
            o = 0,
            { byteLength: s } = r;
          if (((this.bytesHashed += s), this.bytesHashed * 8 > sS))
            throw new Error('Cannot hash more than 2^53 - 1 bits');
          for (; s > 0; )
            (this.buffer[this.bufferLength++] = r[o++]),
              s--,
              this.bufferLength === W && (this.hashBuffer(), (this.bufferLength = 0));
        }
        async digest() {
          const { inner: e, outer: r } = this;
          if (e && r) {
            if (this.finished) throw new Error('Attempted to digest an already finished HMAC.');
            this.finished = !0;
            const o = e.digestSync();
            return (r.update(o), r.digestSync());
          }
          return this.digestSync();
        }
        reset() {
          (this.state = Int32Array.from(Ud)),
            (this.buffer = new Uint8Array(64)),
            (this.bufferLength = 0),
            (this.bytesHashed = 0);
        }
        digestSync() {
          let e = this.state.slice(),
            r = this.buffer.slice(),
            o = this.bufferLength,
            s = this.bytesHashed * 8,
            n = new DataView(r.buffer, r.byteOffset, r.byteLength);
          if ((n.setUint8(o++, 128), (o - 1) % W >= W - 8)) {
            for (let a = o; a < W; ++a) n.setUint8(a, 0);
            this.hashBufferWith(e, r), (o = 0);
          }
          for (let a = o; a < W - 8; ++a) n.setUint8(a, 0);
          n.setUint32(W - 8, Math.floor(s / 4294967296), !1),
            n.setUint32(W - 4, s, !1),
            this.hashBufferWith(e, r);
          const i = new Uint8Array(kd);
          for (let a = 0; a < 8; ++a)
            (i[a * 4] = (e[a] >>> 24) & 255),
              (i[a * 4 + 1] = (e[a] >>> 16) & 255),
              (i[a * 4 + 2] = (e[a] >>> 8) & 255),
              (i[a * 4 + 3] = (e[a] >>> 0) & 255);
          return i;
        }
        static normalizeKey(e) {
          const r = j(e);
          if (r.byteLength > W) {
            const o = new t();
            o.update(r);
            const s = o.digestSync(),
              n = new Uint8Array(W);
            return (n.set(s), n);
          }
          if (r.byteLength < W) {
            const o = new Uint8Array(W);
            return (o.set(r), o);
          }
          return r;
        }
        hashBuffer() {
          this.hashBufferWith(this.state, this.buffer);
        }
        hashBufferWith(e, r) {
          let o = (this.w ??= new Int32Array(64)),
            s = e[0],
            n = e[1],
            i = e[2],
            a = e[3],
            c = e[4],
            u = e[5],
            d = e[6],
            l = e[7];
          for (let p = 0; p < W; ++p) {
            if (p < 16)
              o[p] =
                ((r[p * 4] & 255) << 24) |
                ((r[p * 4 + 1] & 255) << 16) |
                ((r[p * 4 + 2] & 255) << 8) |
                (r[p * 4 + 3] & 255);
            else {
              let S = o[p - 2],
                g = ((S >>> 17) | (S << 15)) ^ ((S >>> 19) | (S << 13)) ^ (S >>> 10);
              S = o[p - 15];
              const y = ((S >>> 7) | (S << 25)) ^ ((S >>> 18) | (S << 14)) ^ (S >>> 3);
              o[p] = ((g + o[p - 7]) | 0) + ((y + o[p - 16]) | 0);
            }
            const m =
                ((((((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) +
                  ((c & u) ^ (~c & d))) |
                  0) +
                  ((l + ((nS[p] + o[p]) | 0)) | 0)) |
                0,
              h =
                ((((s >>> 2) | (s << 30)) ^ ((s >>> 13) | (s << 19)) ^ ((s >>> 22) | (s << 10))) +
                  ((s & n) ^ (s & i) ^ (n & i))) |
                0;
            (l = d), (d = u), (u = c), (c = (a + m) | 0), (a = i), (i = n), (n = s), (s = (m + h) | 0);
          }
          (e[0] += s),
            (e[1] += n),
            (e[2] += i),
            (e[3] += a),
            (e[4] += c),
            (e[5] += u),
            (e[6] += d),
            (e[7] += l);
        }
      }),
      (Ud = new Int32Array([
        1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225,
      ])),
      (nS = new Int32Array([
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

import { createHash as Bd, createHmac as iS } from 'node:crypto';

function cS() {
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
      return this.secret ? iS('sha256', uS(this.secret)) : Bd('sha256');
    }
  };
}
function uS(t) {
  return typeof t == 'string'
    ? t
    : ArrayBuffer.isView(t)
      ? Buffer.from(t.buffer, t.byteOffset, t.byteLength)
      : Buffer.from(t);
}
var aS,
  bt,
  Fd = f(() => {
    $d();
    (aS = (() => {
      try {
        return (Bd('sha256'), !0);
      } catch {
        return !1;
      }
    })()),
      (bt = aS ? cS() : Co);
  });
var yr = f(() => {
  Md();
  Ld();
  Fd();
});
function Hd(t) {
  for (let e = 0; e < 8; e++) t[e] ^= 255;
  for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
}
var je,
  Ci = f(() => {
    A();
    je = class t {
      bytes;
      constructor(e) {
        if (((this.bytes = e), e.byteLength !== 8)) throw new Error('Int64 buffers must be exactly 8 bytes');
      }
      static fromNumber(e) {
        if (e > 9223372036854776e3 || e < -9223372036854776e3)
          throw new Error(`${e} is too large (or, if negative, too small) to represent as an Int64`);
        const r = new Uint8Array(8);
        for (let o = 7, s = Math.abs(Math.round(e)); o > -1 && s > 0; o--, s /= 256) r[o] = s;
        return (e < 0 && Hd(r), new t(r));
      }
      valueOf() {
        const e = this.bytes.slice(0),
          r = e[0] & 128;
        return (r && Hd(e), parseInt(B(e), 16) * (r ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  });
var vt,
  Vd,
  qd,
  lS,
  dS,
  pS,
  fS,
  mS,
  hS,
  gS,
  SS,
  yS,
  No,
  Ni = f(() => {
    N();
    A();
    Ci();
    vt = class {
      toUtf8;
      fromUtf8;
      constructor(e, r) {
        (this.toUtf8 = e), (this.fromUtf8 = r);
      }
      format(e) {
        const r = [];
        for (const n in e) {
          if (!w(e, n)) continue;
          const i = this.fromUtf8(n);
          if (i.byteLength > 255)
            throw new Error(`@smithy/core/event-streams - header name exceeds 255 bytes: ${i.byteLength}`);
          r.push(Uint8Array.from([i.byteLength]), i, this.formatHeaderValue(e[n]));
        }
        let o = new Uint8Array(r.reduce((n, i) => n + i.byteLength, 0)),
          s = 0;
        for (const n of r) o.set(n, s), (s += n.byteLength);
        return o;
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
            const o = new DataView(new ArrayBuffer(5));
            return (o.setUint8(0, 4), o.setInt32(1, e.value, !1), new Uint8Array(o.buffer));
          }
          case 'long': {
            const s = new Uint8Array(9);
            return ((s[0] = 5), s.set(e.value.bytes, 1), s);
          }
          case 'binary': {
            if (e.value.byteLength > No)
              throw new Error(
                `@smithy/core/event-streams - header value (binary) exceeds ${No} bytes: ${e.value.byteLength}`,
              );
            const n = new DataView(new ArrayBuffer(3 + e.value.byteLength));
            n.setUint8(0, 6), n.setUint16(1, e.value.byteLength, !1);
            const i = new Uint8Array(n.buffer);
            return (i.set(e.value, 3), i);
          }
          case 'string': {
            const a = this.fromUtf8(e.value);
            if (a.byteLength > No)
              throw new Error(
                `@smithy/core/event-streams - header value (string) exceeds ${No} bytes: ${a.byteLength}`,
              );
            const c = new DataView(new ArrayBuffer(3 + a.byteLength));
            c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1);
            const u = new Uint8Array(c.buffer);
            return (u.set(a, 3), u);
          }
          case 'timestamp': {
            const d = new Uint8Array(9);
            return ((d[0] = 8), d.set(je.fromNumber(e.value.valueOf()).bytes, 1), d);
          }
          case 'uuid': {
            if (!yS.test(e.value)) throw new Error(`Invalid UUID received: ${e.value}`);
            const l = new Uint8Array(17);
            return ((l[0] = 9), l.set(Jt(e.value.replace(/-/g, '')), 1), l);
          }
        }
      }
      parse(e) {
        let r = {},
          o = 0;
        for (; o < e.byteLength; ) {
          const s = e.getUint8(o++),
            n = this.toUtf8(new Uint8Array(e.buffer, e.byteOffset + o, s));
          switch (((o += s), e.getUint8(o++))) {
            case 0:
              r[n] = { type: qd, value: !0 };
              break;
            case 1:
              r[n] = { type: qd, value: !1 };
              break;
            case 2:
              r[n] = { type: lS, value: e.getInt8(o++) };
              break;
            case 3:
              (r[n] = { type: dS, value: e.getInt16(o, !1) }), (o += 2);
              break;
            case 4:
              (r[n] = { type: pS, value: e.getInt32(o, !1) }), (o += 4);
              break;
            case 5:
              (r[n] = { type: fS, value: new je(new Uint8Array(e.buffer, e.byteOffset + o, 8)) }), (o += 8);
              break;
            case 6: {
              const i = e.getUint16(o, !1);
              (o += 2), (r[n] = { type: mS, value: new Uint8Array(e.buffer, e.byteOffset + o, i) }), (o += i);
              break;
            }
            case 7: {
              const a = e.getUint16(o, !1);
              (o += 2),
                (r[n] = { type: hS, value: this.toUtf8(new Uint8Array(e.buffer, e.byteOffset + o, a)) }),
                (o += a);
              break;
            }
            case 8:
              (r[n] = {
                type: gS,
                value: new Date(new je(new Uint8Array(e.buffer, e.byteOffset + o, 8)).valueOf()),
              }),
                (o += 8);
              break;
            case 9: {
              const c = new Uint8Array(e.buffer, e.byteOffset + o, 16);
              (o += 16),
                (r[n] = {
                  type: SS,
                  value: `${B(c.subarray(0, 4))}-${B(c.subarray(4, 6))}-${B(c.subarray(6, 8))}-${B(c.subarray(8, 10))}-${B(c.subarray(10))}`,
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
    })(Vd || (Vd = {}));
    (qd = 'boolean'),
      (lS = 'byte'),
      (dS = 'short'),
      (pS = 'integer'),
      (fS = 'long'),
      (mS = 'binary'),
      (hS = 'string'),
      (gS = 'timestamp'),
      (SS = 'uuid'),
      (yS = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/),
      (No = 32767);
  });
function zd({ byteLength: t, byteOffset: e, buffer: r }) {
  if (t < ES) throw new Error('Provided message too short to accommodate event stream message overhead');
  const o = new DataView(r, e, t),
    s = o.getUint32(0, !1);
  if (t !== s) throw new Error('Reported message length does not match received message length');
  const n = o.getUint32(jd, !1),
    i = o.getUint32(ze, !1),
    a = o.getUint32(t - ct, !1),
    c = new Tt();
  if ((c.update(new Uint8Array(r, e, ze)), i !== c.digestSync()))
    throw new Error(
      `The prelude checksum specified in the message (${i}) does not match the calculated CRC32 checksum (${c.digestSync()})`,
    );
  if ((c.update(new Uint8Array(r, e + ze, t - (ze + ct))), a !== c.digestSync()))
    throw new Error(`The message checksum (${c.digestSync()}) did not match the expected value of ${a}`);
  return {
    headers: new DataView(r, e + ze + ct, n),
    body: new Uint8Array(r, e + ze + ct + n, s - n - (ze + ct + ct)),
  };
}
var jd,
  ze,
  ct,
  ES,
  Gd = f(() => {
    yr();
    (jd = 4), (ze = jd * 2), (ct = 4), (ES = ze + ct * 2);
  });
var It,
  Mi = f(() => {
    yr();
    Ni();
    Gd();
    It = class {
      headerMarshaller;
      messageBuffer;
      isEndOfStream;
      constructor(e, r) {
        (this.headerMarshaller = new vt(e, r)), (this.messageBuffer = []), (this.isEndOfStream = !1);
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
        const o = this.headerMarshaller.format(e),
          s = o.byteLength + r.byteLength + 16,
          n = new Uint8Array(s),
          i = new DataView(n.buffer, n.byteOffset, n.byteLength),
          a = new Tt();
        return (
          i.setUint32(0, s, !1),
          i.setUint32(4, o.byteLength, !1),
          a.update(n.subarray(0, 8)),
          i.setUint32(8, a.digestSync(), !1),
          n.set(o, 12),
          n.set(r, o.byteLength + 12),
          a.update(n.subarray(8, s - 4)),
          i.setUint32(s - 4, a.digestSync(), !1),
          n
        );
      }
      decode(e) {
        const { headers: r, body: o } = zd(e);
        return { headers: this.headerMarshaller.parse(r), body: o };
      }
      formatHeaders(e) {
        return this.headerMarshaller.format(e);
      }
    };
  });
var Ct,
  Oi = f(() => {
    Ct = class {
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
var Nt,
  Pi = f(() => {
    Nt = class {
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
var Mt,
  Di = f(() => {
    Mt = class {
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
var Ot,
  Li = f(() => {
    Ot = class {
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
function Mo(t) {
  let e = 0,
    r = 0,
    o = null,
    s = null,
    n = (a) => {
      if (typeof a != 'number')
        throw new Error('Attempted to allocate an event message where size was not a number: ' + a);
      (e = a), (r = 4), (o = new Uint8Array(a)), new DataView(o.buffer).setUint32(0, a, !1);
    },
    i = async function* () {
      const a = t[Symbol.asyncIterator]();
      for (;;) {
        const { value: c, done: u } = await a.next();
        if (u) {
          if (e)
            if (e === r) yield o;
            else throw new Error('Truncated event message received.');
          else return;
          return;
        }
        let d = c.length,
          l = 0;
        for (; l < d; ) {
          if (!o) {
            const m = d - l;
            s || (s = new Uint8Array(4));
            const h = Math.min(4 - r, m);
            if ((s.set(c.slice(l, l + h), r), (r += h), (l += h), r < 4)) break;
            n(new DataView(s.buffer).getUint32(0, !1)), (s = null);
          }
          const p = Math.min(e - r, d - l);
          o.set(c.slice(l, l + p), r),
            (r += p),
            (l += p),
            e && e === r && (yield o, (o = null), (e = 0), (r = 0));
        }
      }
    };
  return { [Symbol.asyncIterator]: i };
}
var ki = f(() => {});
function Qd(t, e) {
  const r = Er(e.deserializer, e.toUtf8);
  return {
    [Symbol.asyncIterator]: async function* () {
      for await (const o of t) {
        const s = e.eventStreamCodec.decode(o),
          n = await r(s);
        n !== void 0 && (yield n);
      }
    },
  };
}
function Er(t, e) {
  return async (r) => {
    const { value: o } = r.headers[':message-type'];
    if (o === 'error') {
      const s = new Error(r.headers[':error-message'].value || 'UnknownError');
      throw ((s.name = r.headers[':error-code'].value), s);
    } else if (o === 'exception') {
      const s = r.headers[':exception-type'].value,
        n = { [s]: r },
        i = await t(n);
      if (i.$unknown) {
        const a = new Error(e(r.body));
        throw ((a.name = s), a);
      }
      throw i[s];
    } else if (o === 'event') {
      const s = { [r.headers[':event-type'].value]: r },
        n = await t(s);
      return n.$unknown ? void 0 : n;
    } else throw Error(`Unrecognizable event type: ${r.headers[':event-type'].value}`);
  };
}
var Ui = f(() => {});
var ut,
  Wd,
  $i = f(() => {
    Mi();
    Oi();
    Pi();
    Di();
    Li();
    ki();
    Ui();
    (ut = class {
      eventStreamCodec;
      utfEncoder;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        (this.eventStreamCodec = new It(e, r)), (this.utfEncoder = e);
      }
      deserialize(e, r) {
        const o = Mo(e);
        return new Mt({
          messageStream: new Ct({ inputStream: o, decoder: this.eventStreamCodec }),
          deserializer: Er(r, this.utfEncoder),
        });
      }
      serialize(e, r) {
        return new Nt({
          messageStream: new Ot({ inputStream: e, serializer: r }),
          encoder: this.eventStreamCodec,
          includeEndFrame: !0,
        });
      }
    }),
      (Wd = (t) => new ut(t));
  });

import { Readable as xS } from 'node:stream';

async function* RS(t) {
  let e = !1,
    r = !1,
    o = [];
  for (
    t.on('error', (s) => {
      if ((e || (e = !0), s)) throw s;
    }),
      t.on('data', (s) => {
        o.push(s);
      }),
      t.on('end', () => {
        e = !0;
      });
    !r;
  ) {
    const s = await new Promise((n) => setTimeout(() => n(o.shift()), 0));
    s && (yield s), (r = e && o.length === 0);
  }
}
var xr,
  Kd,
  Jd = f(() => {
    $i();
    (xr = class {
      universalMarshaller;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        this.universalMarshaller = new ut({ utf8Decoder: r, utf8Encoder: e });
      }
      deserialize(e, r) {
        const o = typeof e[Symbol.asyncIterator] == 'function' ? e : RS(e);
        return this.universalMarshaller.deserialize(o, r);
      }
      serialize(e, r) {
        return xS.from(this.universalMarshaller.serialize(e, r));
      }
    }),
      (Kd = (t) => new xr(t));
  });
var Xd,
  Yd,
  Zd = f(() => {
    (Xd = (t) => ({
      [Symbol.asyncIterator]: async function* () {
        const e = t.getReader();
        try {
          for (;;) {
            const { done: r, value: o } = await e.read();
            if (r) return;
            yield o;
          }
        } finally {
          e.releaseLock();
        }
      },
    })),
      (Yd = (t) => {
        const e = t[Symbol.asyncIterator]();
        return new ReadableStream({
          async pull(r) {
            const { done: o, value: s } = await e.next();
            if (o) return r.close();
            r.enqueue(s);
          },
        });
      });
  });
var ep,
  tp = f(() => {
    ep = (t) => Object.assign(t, { eventStreamMarshaller: t.eventStreamSerdeProvider(t) });
  });
var Oo,
  rp = f(() => {
    N();
    ee();
    A();
    Oo = class {
      marshaller;
      serializer;
      deserializer;
      serdeContext;
      defaultContentType;
      compositeErrorRegistry;
      constructor({
        marshaller: e,
        serializer: r,
        deserializer: o,
        serdeContext: s,
        defaultContentType: n,
        compositeErrorRegistry: i,
      }) {
        (this.marshaller = e),
          (this.serializer = r),
          (this.deserializer = o),
          (this.serdeContext = s),
          (this.defaultContentType = n),
          (this.compositeErrorRegistry = i);
      }
      async serializeEventStream({
        eventStream: e,
        requestSchema: r,
        initialRequest: o,
        initialMessageType: s,
      }) {
        const n = this.marshaller,
          i = r.getEventStreamMember(),
          a = r.getMemberSchema(i),
          c = this.serializer,
          u = this.defaultContentType,
          d = Symbol('initialRequestMarker'),
          l = {
            async *[Symbol.asyncIterator]() {
              if (o) {
                const p = {
                  ':event-type': { type: 'string', value: s ?? 'initial-request' },
                  ':message-type': { type: 'string', value: 'event' },
                  ':content-type': { type: 'string', value: u },
                };
                c.write(r, o);
                const m = c.flush();
                yield { [d]: !0, headers: p, body: m };
              }
              for await (const p of e) yield p;
            },
          };
        return n.serialize(l, (p) => {
          if (p[d]) return { headers: p.headers, body: p.body };
          let m = '';
          for (const _ in p)
            if (w(p, _) && _ !== '__type') {
              m = _;
              break;
            }
          const {
            additionalHeaders: h,
            body: S,
            eventType: g,
            explicitPayloadContentType: y,
          } = this.writeEventBody(m, a, p);
          return {
            headers: {
              ':event-type': { type: 'string', value: g },
              ':message-type': { type: 'string', value: 'event' },
              ':content-type': { type: 'string', value: y ?? u },
              ...h,
            },
            body: S,
          };
        });
      }
      async deserializeEventStream({
        response: e,
        responseSchema: r,
        initialResponseContainer: o,
        initialMessageType: s,
      }) {
        const n = this.marshaller,
          i = r.getEventStreamMember(),
          c = r.getMemberSchema(i).getMemberSchemas(),
          u = Symbol('initialResponseMarker'),
          d = n.deserialize(e.body, async (m) => {
            let h = '';
            for (const g in m)
              if (w(m, g) && g !== '__type') {
                h = g;
                break;
              }
            const S = m[h].body;
            if (h === (s ?? 'initial-response')) {
              const g = await this.deserializer.read(r, S);
              return (delete g[i], { [u]: !0, ...g });
            } else if (h in c) {
              const g = c[h];
              if (g.isStructSchema()) {
                let y = {},
                  x = !1;
                for (const [_, b] of g.structIterator()) {
                  const { eventHeader: $, eventPayload: J } = b.getMergedTraits();
                  if (((x = x || !!($ || J)), J))
                    b.isBlobSchema()
                      ? (y[_] = S)
                      : b.isStringSchema()
                        ? (y[_] = (this.serdeContext?.utf8Encoder ?? pe)(S))
                        : b.isStructSchema() && (y[_] = await this.deserializer.read(b, S));
                  else if ($) {
                    const ie = m[h].headers[_]?.value;
                    ie != null &&
                      (b.isNumericSchema()
                        ? ie && typeof ie == 'object' && 'bytes' in ie
                          ? (y[_] = BigInt(ie.toString()))
                          : (y[_] = Number(ie))
                        : (y[_] = ie));
                  }
                }
                return { [h]: await this.readEventMember(g, S, x, y) };
              }
              return { [h]: await this.deserializer.read(g, S) };
            } else return { $unknown: m };
          }),
          l = d[Symbol.asyncIterator](),
          p = await l.next();
        if (p.done) return d;
        if (p.value?.[u]) {
          if (!r)
            throw new Error(
              '@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.',
            );
          for (const m in p.value) w(p.value, m) && (o[m] = p.value[m]);
        }
        return {
          async *[Symbol.asyncIterator]() {
            for (p?.value?.[u] || (yield p.value); ; ) {
              const { done: m, value: h } = await l.next();
              if (m) break;
              yield h;
            }
          },
        };
      }
      async readEventMember(e, r, o, s) {
        let n,
          i = e.getSchema();
        if (Array.isArray(i) && i[0] === -3) {
          const c = i[1],
            u = Z.for(c);
          this.compositeErrorRegistry?.copyFrom(u), (n = (this.compositeErrorRegistry ?? u)?.getErrorCtor(i));
        }
        const a = o ? s : r.byteLength === 0 ? {} : await this.deserializer.read(e, r);
        if (n) {
          const c = a.message ?? a.Message ?? 'Unknown',
            u = {},
            d = e.getMergedTraits().error;
          return (d && (u.$fault = d), Object.assign(new n({}), u, { message: c }, a));
        }
        return a;
      }
      writeEventBody(e, r, o) {
        let s = this.serializer,
          n = e,
          i = null,
          a,
          c = r.getSchema()[4].includes(e),
          u = {};
        if (c) {
          const p = r.getMemberSchema(e);
          if (p.isStructSchema()) {
            for (const [m, h] of p.structIterator()) {
              const { eventHeader: S, eventPayload: g } = h.getMergedTraits();
              if (g) i = m;
              else if (S) {
                let y = o[e][m],
                  x = 'binary';
                h.isNumericSchema()
                  ? (-2) ** 31 <= y && y <= 2 ** 31 - 1
                    ? (x = 'integer')
                    : (x = 'long')
                  : h.isTimestampSchema()
                    ? (x = 'timestamp')
                    : h.isStringSchema()
                      ? (x = 'string')
                      : h.isBooleanSchema() && (x = 'boolean'),
                  y != null && ((u[m] = { type: x, value: y }), delete o[e][m]);
              }
            }
            if (i !== null) {
              const m = p.getMemberSchema(i);
              m.isBlobSchema() ? (a = 'application/octet-stream') : m.isStringSchema() && (a = 'text/plain'),
                s.write(m, o[e][i]);
            } else s.write(p, o[e]);
          } else if (p.isUnitSchema()) s.write(p, {});
          else
            throw new Error(
              '@smithy/core/event-streams - non-struct member not supported in event stream union.',
            );
        } else {
          const [p, m] = o[e];
          (n = p), s.write(15, m);
        }
        const d = s.flush() ?? new Uint8Array();
        return {
          body: typeof d == 'string' ? (this.serdeContext?.utf8Decoder ?? te)(d) : d,
          eventType: n,
          explicitPayloadContentType: a,
          additionalHeaders: u,
        };
      }
    };
  });
var op = {};
jh(op, {
  EventStreamCodec: () => It,
  EventStreamMarshaller: () => xr,
  EventStreamSerde: () => Oo,
  HeaderMarshaller: () => vt,
  Int64: () => je,
  MessageDecoderStream: () => Ct,
  MessageEncoderStream: () => Nt,
  SmithyMessageDecoderStream: () => Mt,
  SmithyMessageEncoderStream: () => Ot,
  UniversalEventStreamMarshaller: () => ut,
  eventStreamSerdeProvider: () => Kd,
  getChunkedStream: () => Mo,
  getMessageUnmarshaller: () => Er,
  getUnmarshalledStream: () => Qd,
  iterableToReadableStream: () => Yd,
  readableStreamToIterable: () => Xd,
  resolveEventStreamSerdeConfig: () => ep,
  universalEventStreamSerdeProvider: () => Wd,
});
var sp = f(() => {
  Mi();
  Ni();
  Ci();
  Oi();
  Pi();
  Di();
  Li();
  Jd();
  Zd();
  $i();
  ki();
  Ui();
  tp();
  rp();
});
var Xr = { warningEmitted: !1 },
  Vt = (t) => {
    if (t && !Xr.warningEmitted) {
      if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === 'true') {
        Xr.warningEmitted = !0;
        return;
      }
      const e = parseInt(t.substring(1, t.indexOf('.'))),
        r = 22;
      e < r &&
        ((Xr.warningEmitted = !0),
        process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`));
    }
  };
function qt(t, e, r) {
  return (t.$source || (t.$source = {}), (t.$source[e] = r), t);
}
function we(t, e, r) {
  t.__aws_sdk_context
    ? t.__aws_sdk_context.features || (t.__aws_sdk_context.features = {})
    : (t.__aws_sdk_context = { features: {} }),
    (t.__aws_sdk_context.features[e] = r);
}
var zh = () => typeof process == 'object' && process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === 'true',
  jt = (t, e) => {
    if (zh() && typeof t?.handle != 'function') return e;
  };
A();
var at = async (t = new Uint8Array(), e) => {
  if (t instanceof Uint8Array) return At.mutate(t);
  if (!t) return At.mutate(new Uint8Array());
  const r = e.streamCollector(t);
  return At.mutate(await r);
};
ee();
A();
var vd = Symbol.for('@smithy/schema-x'),
  Sr = class t extends I {
    static identity = Symbol.for('@smithy/HttpBindingNormalizedSchema');
    identity = t.identity;
    bindings;
    constructor(e) {
      super(e);
    }
    static of(e) {
      const r = I.of(e);
      if (r.identity === t.identity) return r;
      const o = r.isMemberSchema() ? r : r.getSchema(),
        s = typeof o == 'object' && o !== null ? o : r;
      return (s[vd] ??= new t(r));
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
    getHttpBindingValue(e, r, o = !1) {
      let s = this.getSchema(),
        n = typeof s == 'number' ? s & 255 : this.isListSchema() ? 64 : 255,
        i = e & 7,
        a = r.mediaType ? (r.mediaType === 'application/json' || r.mediaType.endsWith('+json') ? 2 : 1) : 0,
        c = r.streaming || n === 42 ? (this.isStructSchema() ? 2 : 1) : 0,
        u = n >= 4 && n <= 7 ? (i >= 6 ? 2 : i > 0 && i < 4 ? 1 : 0) : 0,
        d =
          n |
          (a << 8) |
          ((r.idempotencyToken ? 1 : 0) << 10) |
          (c << 11) |
          ((r.sparse ? 1 : 0) << 13) |
          (u << 14) |
          ((r.hostLabel ? 1 : 0) << 17) |
          ((e === 36 && typeof s != 'object' ? 1 : 0) << 18),
        l = n & 192,
        p = i & 2 && (l === 64 || (!o && i & 1)) ? this.getHttpBindingCollectionValue(e, r) : void 0,
        m = (p?.[1] ?? 0) & 255;
      return ((d |= (i >= 6 && (m === 4 || m === 6) ? 1 : 0) << 16), [this, d, p]);
    }
    getHttpBindingCollectionValue(e, r = this.getMergedTraits()) {
      const o = t.of(this.getValueSchema());
      return o.getHttpBindingValue(e, { ...o.getMergedTraits(), ...r }, !0);
    }
    getHttpBindings() {
      const e = this.getSchema();
      return typeof e != 'object' || e === null ? Yg : (this.bindings ??= Kg(this));
    }
  },
  Kg = (t) => {
    const e = [],
      r = [],
      o = [],
      s = [],
      n = [],
      i = {},
      a = {},
      c = [],
      u = { headers: a, prefixHeaders: c },
      d = { request: { memberBindings: n, byName: i }, response: { bodyMemberNames: e, bindings: u } },
      { request: l, response: p } = d;
    for (const [m, h] of t.structIterator()) {
      const S = Sr.of(h),
        g = S.getMergedTraits(),
        y = S.getHttpBindingLocation(g),
        x = g.httpHeader?.toLowerCase() ?? g.httpPrefixHeaders?.toLowerCase() ?? g.httpQuery,
        _ = S.getHttpBindingValue(y, g),
        b = [m, _, y, x];
      m === '__proto__' && Pe(i), (i[m] = b), (_[1] >> 10) & 1 && (l.hasIdempotency = !0), n.push(b);
      const $ = y & 7;
      if (($ === 0 && (o.push(m), s.push(h)), ($ & 4) === 0)) e.push(m), r.push(h);
      else if (($ & 6) === 4)
        if ($ & 1) u.statusCode = b;
        else {
          u.payload = b;
          const J = _[1] & 255;
          l.contentTypeInstruction =
            g.mediaType ??
            (J === 0 ? 'text/plain' : J === 21 || J === 42 ? 'application/octet-stream' : null);
        }
      else $ & 1 ? ((l.hasPrefixHeaders = !0), c.push(b)) : (x === '__proto__' && Pe(a), (a[x] = b));
    }
    return (
      l.contentTypeInstruction === void 0 && o.length && (l.contentTypeInstruction = null),
      (l.syntheticBodySchema = bd(t, o, s)),
      (p.syntheticBodySchema = bd(t, e, r)),
      d
    );
  },
  Jg = (t) => {
    let e = [],
      r = 0;
    for (const o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))
      o.index > r && e.push([t.slice(r, o.index), 0]),
        e.push([o[1], o[2] ? 2 : 1]),
        (r = o.index + o[0].length);
    return (e.length && r < t.length && e.push([t.slice(r), 0]), e.length ? e : void 0);
  },
  Xg = (t) => {
    const { http: e, endpoint: r } = Ve(t.traits ?? {}),
      [o, s] = e?.[1].split('?') ?? [];
    return [e?.[0], o, s ? [...new URLSearchParams(s)] : [], o ? Jg(o) : void 0, r?.[0]];
  },
  Yg = {
    request: { memberBindings: [], byName: {} },
    response: { bodyMemberNames: [], bindings: { headers: {}, prefixHeaders: [] } },
  },
  Id = (t) => (t[vd] ??= Xg(t)),
  bd = (t, e, r) => {
    if (!e.length) return;
    const o = t.getSchema(),
      s = [3, o[1], o[2], t.getMergedTraits(), e, r],
      n = o[6],
      i = n && e.reduce((a, c) => a + (o[4].indexOf(c) < n ? 1 : 0), 0);
    return (i && (s[6] = i), s);
  };
N();
ee();
var To = class {
  serdeContext;
  setSerdeContext(e) {
    this.serdeContext = e;
  }
};
var Po = class extends To {
  options;
  compositeErrorRegistry;
  constructor(e) {
    super(), (this.options = e), (this.compositeErrorRegistry = new Z(e.defaultNamespace));
    for (const r of e.errorTypeRegistries ?? []) this.compositeErrorRegistry.copyFrom(r);
  }
  getRequestType() {
    return P;
  }
  getResponseType() {
    return re;
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
      for (const [o, s] of r.url.searchParams.entries()) e.query[o] = s;
      if (r.headers) for (const o in r.headers) w(r.headers, o) && (e.headers[o] = r.headers[o].join(', '));
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
        for (const o in r.headers) w(r.headers, o) && (e.headers[o] = r.headers[o]);
      return e;
    }
  }
  setHostPrefix(e, r, o, s = Id(r)) {
    if (this.serdeContext?.disableHostPrefix) return;
    const n = s[4];
    if (typeof n != 'string') return;
    let i = n;
    for (const [a, [, c]] of Sr.of(r.input).getHttpBindings().request.memberBindings) {
      if (!((c >> 17) & 1)) continue;
      const u = o[a];
      if (typeof u != 'string')
        throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);
      i = i.replace(`{${a}}`, u);
    }
    if (((e.hostname = i + e.hostname), !_n(e.hostname)))
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
  resolveError(e, r, o) {
    let s = [-3, '', 'Error', 0, [], [], 0],
      n;
    for (const i of o)
      for (const a of r)
        try {
          a === '*' ? (n = i.getSchema(e)) : (n = i.getSchema(a + '#' + e));
          const c = i.getErrorCtor(n);
          if (c) return [n, c, 'modeled'];
          {
            const u = i.getBaseException();
            if (u) {
              const d = i.getErrorCtor(u);
              if (d) return [n, d, 'synthetic'];
            }
          }
        } catch {}
    for (const i of o) {
      const a = i.getBaseException();
      if (a) {
        const c = i.getErrorCtor(a);
        if (c) return [a, c, 'synthetic'];
      }
    }
    return [s, Error, 'native'];
  }
  async serializeEventStream({ eventStream: e, requestSchema: r, initialRequest: o }) {
    return (await this.loadEventStreamCapability()).serializeEventStream({
      eventStream: e,
      requestSchema: r,
      initialRequest: o,
    });
  }
  async deserializeEventStream({ response: e, responseSchema: r, initialResponseContainer: o }) {
    return (await this.loadEventStreamCapability()).deserializeEventStream({
      response: e,
      responseSchema: r,
      initialResponseContainer: o,
    });
  }
  async loadEventStreamCapability() {
    const { EventStreamSerde: e, eventStreamSerdeProvider: r } = await Promise.resolve().then(
        () => (sp(), op),
      ),
      o = this.resolveEventStreamMarshaller(r);
    return new e({
      marshaller: o,
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
  async deserializeHttpMessage(e, r, o, s, n) {
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
N();
ee();
N();
var Rr = class extends Po {
  async serializeRequest(e, r, o) {
    let s = this.serializer,
      n = {},
      i = {},
      a = await o.endpoint(),
      c = I.of(e?.input),
      u = c.getSchema(),
      d,
      l = r && typeof r == 'object' ? r : {},
      p = new P({
        protocol: '',
        hostname: '',
        port: void 0,
        path: '/',
        fragment: void 0,
        query: n,
        headers: i,
        body: void 0,
      });
    if ((a && (this.updateServiceEndpoint(p, a), this.setHostPrefix(p, e, l)), l)) {
      const m = c.getEventStreamMember();
      if (m) {
        if (l[m]) {
          const h = {};
          for (const [S] of c.structIterator()) S !== m && l[S] != null && (h[S] = l[S]);
          d = await this.serializeEventStream({ eventStream: l[m], requestSchema: c, initialRequest: h });
        }
      } else s.write(u, l), (d = s.flush());
    }
    return ((p.headers = Object.assign(p.headers, i)), (p.query = n), (p.body = d), (p.method = 'POST'), p);
  }
  async deserializeResponse(e, r, o) {
    const s = this.deserializer,
      n = I.of(e.output),
      i = {};
    if (this.isErrorResponse(o.statusCode)) {
      const c = await at(o.body, r);
      throw (
        c.byteLength > 0 && Object.assign(i, await s.read(15, c)),
        await this.handleError(e, r, o, i, this.deserializeMetadata(o)),
        new Error('@smithy/core/protocols - RPC Protocol error handler failed to throw.')
      );
    }
    for (const c in o.headers) {
      if (!w(o.headers, c)) continue;
      const u = o.headers[c];
      delete o.headers[c], (o.headers[c.toLowerCase()] = u);
    }
    const a = n.getEventStreamMember();
    if (a)
      i[a] = await this.deserializeEventStream({
        response: o,
        responseSchema: n,
        initialResponseContainer: i,
      });
    else {
      const c = await at(o.body, r);
      c.byteLength > 0 && Object.assign(i, await s.read(n, c));
    }
    return ((i.$metadata = this.deserializeMetadata(o)), i);
  }
  isErrorResponse(e) {
    return e >= 300;
  }
};
function Do(t, e) {
  if (e.timestampFormat.useTrait) {
    const a = t.getSchema();
    if (a === 5 || a === 6 || a === 7) return a;
  }
  const { httpLabel: r, httpPrefixHeaders: o, httpHeader: s, httpQuery: n } = t.getMergedTraits();
  return (
    (e.httpBindings ? (typeof o == 'string' || s ? 6 : n || r ? 5 : void 0) : void 0) ??
    e.timestampFormat.default
  );
}
N();
N();
var wr = (t) => (
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
  ),
  _r = (t) => ({ requestHandler: t.httpHandler() });
N();
var np = 'content-length';
function ip(t) {
  return (e) => async (r) => {
    const o = r.request;
    if (P.isInstance(o)) {
      const { body: s, headers: n } = o;
      if (
        s &&
        Object.keys(n)
          .map((i) => i.toLowerCase())
          .indexOf(np) === -1
      )
        try {
          const i = t(s);
          i != null && (o.headers = { ...o.headers, [np]: String(i) });
        } catch {}
    }
    return e({ ...r, request: o });
  };
}
var ap = {
    step: 'build',
    tags: ['SET_CONTENT_LENGTH', 'CONTENT_LENGTH'],
    name: 'contentLengthMiddleware',
    override: !0,
  },
  Ar = (t) => ({
    applyToStack: (e) => {
      e.add(ip(t.bodyLengthChecker), ap);
    },
  });
var xe = (t) => encodeURIComponent(t).replace(/[!'()*]/g, wS),
  wS = (t) => `%${t.charCodeAt(0).toString(16).toUpperCase()}`;
function Bi(t) {
  const e = [];
  for (let r of Object.keys(t).sort()) {
    const o = t[r];
    if (((r = xe(r)), Array.isArray(o))) for (let s = 0, n = o.length; s < n; s++) e.push(`${r}=${xe(o[s])}`);
    else {
      let s = r;
      (o || typeof o == 'string') && (s += `=${xe(o)}`), e.push(s);
    }
  }
  return e.join('&');
}
N();
var Ge = class {
  serdeContext;
  setSerdeContext(e) {
    this.serdeContext = e;
  }
};
ee();
A();
var Lo = class {
  from;
  to;
  keys;
  constructor(e, r) {
    (this.from = e), (this.to = r);
    const o = Object.keys(this.from),
      s = new Set(o);
    s.delete('__type'), (this.keys = s);
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
var Tr;
function ko() {
  if (Tr === void 0)
    try {
      if (typeof Buffer != 'function') Tr = !1;
      else {
        const t = JSON.parse(Buffer.from([123, 125]));
        Tr = t !== null && typeof t == 'object';
      }
    } catch {
      Tr = !1;
    }
  return Tr;
}
A();
function Uo(t, e, r) {
  if (r?.source) {
    const o = r.source;
    if (typeof e == 'number')
      return e <= Number.MAX_SAFE_INTEGER && e >= Number.MIN_SAFE_INTEGER
        ? AS(o, e)
          ? e
          : new oe(o, 'bigDecimal')
        : _S(o)
          ? new oe(o, 'bigDecimal')
          : /[eE]/.test(o)
            ? TS(o)
            : BigInt(o);
  }
  return e;
}
function _S(t) {
  const e = t.indexOf('.');
  if (e === -1) return !1;
  const r = t.search(/[eE]/);
  if (r === -1) return !0;
  const o = r - e - 1;
  return parseInt(t.slice(r + 1), 10) < o;
}
function AS(t, e) {
  if (t === String(e) || Object.is(e, -0)) return !0;
  if (/[eE]/.test(t)) return Fi(t) === Fi(String(e));
  const r = t.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''),
    o = String(e);
  return r === o ? !0 : /[eE]/.test(o) ? r === Fi(o) : !1;
}
function Fi(t) {
  let e = t.startsWith('-'),
    r = e ? t.slice(1) : t,
    o = r.search(/[eE]/),
    s;
  if (o === -1) s = r;
  else {
    let n = parseInt(r.slice(o + 1), 10),
      i = r.slice(0, o),
      a = i.indexOf('.'),
      c,
      u;
    a === -1 ? ((c = i), (u = i.length)) : ((c = i.slice(0, a) + i.slice(a + 1)), (u = a)),
      (c = c.replace(/0+$/, '') || '0');
    const d = u + n;
    c === '0'
      ? (s = '0')
      : d <= 0
        ? (s = '0.' + '0'.repeat(-d) + c)
        : d >= c.length
          ? (s = c + '0'.repeat(d - c.length))
          : (s = c.slice(0, d) + '.' + c.slice(d));
  }
  return (s.includes('.') && (s = s.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')), (e ? '-' : '') + s);
}
function TS(t) {
  let e = t.search(/[eE]/),
    r = parseInt(t.slice(e + 1), 10),
    o = t.startsWith('-'),
    s = t.slice(o ? 1 : 0, e),
    n = s.indexOf('.'),
    i,
    a;
  if (n === -1) (i = s), (a = r);
  else {
    i = s.slice(0, n) + s.slice(n + 1);
    const u = s.length - n - 1;
    a = r - u;
  }
  i = i.replace(/0+$/, '') || '0';
  const c = BigInt(i) * 10n ** BigInt(a + (s.replace('.', '').length - i.length));
  return o ? -c : c;
}
ee();
var Hi = Symbol.for('@aws-sdk/reviver');
function Bo(t) {
  const e = I.of(t),
    r = e.getSchema();
  if (Array.isArray(r) && e.isStructSchema()) {
    if (Hi in r) return r[Hi];
    const o = $o(e, new Set());
    return ((r[Hi] = o), o);
  }
  return $o(e, new Set());
}
function $o(t, e) {
  const r = t.getSchema();
  if (e.has(r)) return !1;
  if ((e.add(r), t.isBigIntegerSchema() || t.isBigDecimalSchema())) return !0;
  if (t.isStructSchema()) {
    for (const [, o] of t.structIterator()) if ($o(o, e)) return !0;
  } else if (t.isListSchema() || t.isMapSchema()) {
    if ($o(t.getValueSchema(), e)) return !0;
  } else if (t.isDocumentSchema()) return !0;
  return !1;
}
A();
var cp = (t, e) => at(t, e).then((r) => (e?.utf8Encoder ?? pe)(r));
async function qi(t, e, r) {
  let o;
  if (ko() && typeof t?.[Symbol.asyncIterator] == 'function') {
    const n = await at(t, e);
    typeof Buffer == 'function' &&
      (Buffer.isBuffer(n) ? (o = n) : (o = Buffer.from(n.buffer, n.byteOffset, n.byteLength)));
  }
  if ((o || (o = await cp(t, e)), o.length === 0)) return {};
  const s = r && Bo(r) ? Uo : void 0;
  try {
    return JSON.parse(o, s);
  } catch (n) {
    throw (
      n?.name === 'SyntaxError' &&
        Object.defineProperty(n, '$responseBodyText', {
          value: typeof o == 'string' ? o : o.toString('utf8'),
        }),
      n
    );
  }
}
var up = (t, e) => Object.keys(t).find((r) => r.toLowerCase() === e.toLowerCase()),
  Vi = (t) => {
    let e = t;
    return (
      typeof e == 'number' && (e = e.toString()),
      e.indexOf(',') >= 0 && (e = e.split(',')[0]),
      e.indexOf(':') >= 0 && (e = e.split(':')[0]),
      e.indexOf('#') >= 0 && (e = e.split('#')[1]),
      e
    );
  };
var ji = (t, e, r = !1) => bS(t, e, r ? ['code', 'header', 'type'] : ['type', 'code', 'header']);
var bS = ({ headers: t }, e, r) => {
  for (; r.length > 0; )
    switch (r.shift()) {
      case 'header': {
        const s = up(t ?? {}, 'x-amzn-errortype');
        if (s !== void 0) return Vi(t[s]);
        break;
      }
      case 'code': {
        const n = up(e ?? {}, 'code');
        if (n && e[n] !== void 0) return Vi(e[n]);
        break;
      }
      case 'type':
        if (e?.__type !== void 0) return Vi(e.__type);
        break;
    }
};
N();
var Fo = class extends Ge {
  settings;
  constructor(e) {
    super(), (this.settings = e);
  }
  async read(e, r) {
    let o = Bo(e) ? Uo : void 0,
      s;
    if (typeof r == 'string') {
      if (r.length === 0) return {};
      s = JSON.parse(r, o);
    } else if (r instanceof Uint8Array && ko()) {
      if (r.byteLength === 0) return {};
      const n = Buffer.isBuffer(r) ? r : Buffer.from(r.buffer, r.byteOffset, r.byteLength);
      s = JSON.parse(n, o);
    } else s = await qi(r, this.serdeContext, e);
    return this._read(e, s);
  }
  readObject(e, r) {
    return this._read(e, r);
  }
  _read(e, r) {
    const o = r !== null && typeof r == 'object',
      s = I.of(e);
    if (o) {
      if (s.isStructSchema()) return this._readStruct(s, r);
      if (Array.isArray(r) && s.isListSchema()) {
        const i = s.getValueSchema();
        if (this.needsTransform(i)) for (let a = 0; a < r.length; ++a) r[a] = this._read(i, r[a]);
        return r;
      }
      if (s.isMapSchema()) {
        const i = s.getValueSchema(),
          a = r;
        if (this.needsTransform(i))
          for (const c in a) w(a, c) && (c === '__proto__' && Pe(a), (a[c] = this._read(i, a[c])));
        return a;
      }
    }
    if (s.isBlobSchema() && typeof r == 'string') return ke(r);
    const n = s.getMergedTraits().mediaType;
    if (s.isStringSchema() && typeof r == 'string' && n)
      return n === 'application/json' || n.endsWith('+json') ? Ee.from(r) : r;
    if (s.isTimestampSchema() && r != null)
      switch (Do(s, this.settings)) {
        case 5:
          return Cn(r);
        case 6:
          return Kt(r);
        case 7:
          return Nn(r);
        default:
          return (
            console.warn('Missing timestamp format, parsing value with Date constructor:', r), new Date(r)
          );
      }
    if (s.isBigIntegerSchema() && (typeof r == 'number' || typeof r == 'string')) return BigInt(r);
    if (s.isBigDecimalSchema() && r != null) {
      if (r instanceof oe) return r;
      const i = r;
      return i.type === 'bigDecimal' && 'string' in i
        ? new oe(i.string, i.type)
        : new oe(String(r), 'bigDecimal');
    }
    if (s.isNumericSchema() && typeof r == 'string') {
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
    if (s.isDocumentSchema() && o)
      if (Array.isArray(r))
        for (let i = 0; i < r.length; ++i) {
          const a = r[i];
          a instanceof oe || (r[i] = this._read(s, a));
        }
      else {
        const i = r;
        for (const a in i) {
          if (!w(i, a)) continue;
          a === '__proto__' && Pe(i);
          const c = i[a];
          c instanceof oe || (i[a] = this._read(s, c));
        }
      }
    return r;
  }
  _readStruct(e, r) {
    let o = e.isUnionSchema(),
      s = {},
      n,
      i = typeof r.__type == 'string',
      { jsonName: a } = this.settings;
    a && i && (n = {});
    let c;
    o && (c = new Lo(r, s));
    for (const [u, d] of e.structIterator()) {
      let l = u;
      a && ((l = d.getMergedTraits().jsonName ?? l), i && (n[l] = u)),
        o && c.mark(l),
        r[l] != null && (s[u] = this._read(d, r[l]));
    }
    if (o) c.writeUnknown();
    else if (i)
      for (const u in r) {
        if (!w(r, u)) continue;
        const d = r[u],
          l = a ? (n[u] ?? u) : u;
        l in s || (s[l] = d);
      }
    return s;
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
ee();
A();
N();
A();
var Ho = class t extends Uint8Array {
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
      return typeof e == 'string' ? this.s().includes(e, r) : Uint8Array.prototype.includes.call(this, e, r);
    }
    indexOf(e, r) {
      return typeof e == 'string' ? this.s().indexOf(e, r) : Uint8Array.prototype.indexOf.call(this, e, r);
    }
    lastIndexOf(e, r) {
      if (typeof e == 'string') return this.s().lastIndexOf(e, r);
      const o = Uint8Array.prototype.lastIndexOf;
      return r !== void 0 ? o.call(this, e, r) : o.call(this, e);
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
        e > lp + 6e4 &&
          (console.warn(
            '@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error.',
          ),
          (lp = e)),
          (this.string = pe(this));
      }
      return this.string;
    }
  },
  lp = 0;
var Vo = new TextEncoder(),
  dp = 123,
  pp = 125,
  vS = 91,
  IS = 93,
  Pt = 34,
  qo = 58,
  jo = 44,
  fp = 92,
  CS = new Uint8Array([116, 114, 117, 101]),
  NS = new Uint8Array([102, 97, 108, 115, 101]),
  MS = new Uint8Array([110, 117, 108, 108]),
  be = new Array(128).fill(null);
be[8] = 'b';
be[9] = 't';
be[10] = 'n';
be[12] = 'f';
be[13] = 'r';
be[34] = '"';
be[92] = '\\';
for (let t = 0; t < 32; t++) be[t] === null && (be[t] = 'u00' + t.toString(16).padStart(2, '0'));
var mp = 2048;
function zi(t) {
  return Ho.allocUnsafe(t);
}
var zo = class t extends Ge {
  settings;
  json;
  i = 0;
  rootSchema;
  rawValue;
  passthrough = !1;
  constructor(e) {
    super(), (this.settings = e), (this.json = zi(mp));
  }
  write(e, r) {
    (this.i = 0),
      (this.rawValue = r),
      (this.rootSchema = I.of(e)),
      (this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema()),
      this.passthrough || this.writeValue(this.rootSchema, r, void 0);
  }
  writeDiscriminatedDocument(e, r) {
    (this.i = 0), (this.rootSchema = I.of(e));
    const o = this.rootSchema;
    if (o.isStructSchema() && r != null && typeof r == 'object') {
      this.writeValue(o, r, void 0);
      const s = `"__type":"${o.getName(!0) ?? 'Unknown'}",`,
        n = s.length;
      this.ensure(n),
        this.json.copyWithin(1 + n, 1, this.i),
        Vo.encodeInto(s, this.json.subarray(1)),
        (this.i += n);
    } else this.writeValue(o, r, void 0);
  }
  flush() {
    this.rootSchema = void 0;
    const e = this.i;
    this.i = 0;
    const r = this.rawValue;
    if (((this.rawValue = void 0), e === 0)) return r;
    const o = this.json.subarray(0, e);
    return ((this.json = zi(mp)), o);
  }
  ensure(e) {
    const { i: r, json: o } = this;
    if (r + e > o.length) {
      let s = o.length * 2;
      for (; s < r + e; ) s *= 2;
      const n = zi(s);
      n.set(this.json), (this.json = n);
    }
  }
  writeAscii(e) {
    const r = e.length;
    this.ensure(r);
    let { i: o, json: s } = this;
    for (let n = 0; n < r; ++n) (s[o] = e.charCodeAt(n)), (o += 1);
    this.i = o;
  }
  writeAsciiQuoted(e) {
    const r = e.length;
    this.ensure(r + 4);
    let { json: o, i: s } = this;
    o[s++] = Pt;
    for (let n = 0; n < r; ++n) o[s++] = e.charCodeAt(n);
    (o[s++] = Pt), (this.i = s);
  }
  writeJsonString(e) {
    const r = e.length;
    this.ensure(r * 3 + 2), (this.json[this.i++] = Pt);
    for (let o = 0; o < r; ++o) {
      const s = e.charCodeAt(o);
      if (s > 34 && s < 92) this.json[this.i++] = s;
      else if (s < 128) {
        const n = be[s];
        if (n !== null) {
          this.ensure(n.length + 1 + (r - o - 1) * 3 + 1), (this.json[this.i++] = fp);
          for (let i = 0; i < n.length; i++) this.json[this.i++] = n.charCodeAt(i);
        } else this.json[this.i++] = s;
      } else if (s >= 55296 && s <= 56319) {
        const n = o + 1 < r ? e.charCodeAt(o + 1) : 0;
        if (n >= 56320 && n <= 57343) {
          this.ensure(4);
          const { written: i } = Vo.encodeInto(e.substring(o, o + 2), this.json.subarray(this.i));
          (this.i += i), ++o;
        } else this.ensure(6 + (r - o - 1) * 3 + 1), this.writeUnicodeEscape(s);
      } else if (s >= 56320 && s <= 57343) this.ensure(6 + (r - o - 1) * 3 + 1), this.writeUnicodeEscape(s);
      else {
        let { i: n, json: i } = this;
        s < 2048
          ? ((i[n++] = 192 | (s >> 6)), (i[n++] = 128 | (s & 63)))
          : ((i[n++] = 224 | (s >> 12)), (i[n++] = 128 | ((s >> 6) & 63)), (i[n++] = 128 | (s & 63))),
          (this.i = n);
      }
    }
    this.json[this.i++] = Pt;
  }
  writeUnicodeEscape(e) {
    let { json: r, i: o } = this;
    (r[o++] = fp), (r[o++] = 117);
    const s = e.toString(16).padStart(4, '0');
    for (let n = 0; n < 4; ++n) r[o++] = s.charCodeAt(n);
    this.i = o;
  }
  static B64 = (() => {
    const e = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
      r = new Uint8Array(64);
    for (let o = 0; o < 64; ++o) r[o] = e.charCodeAt(o);
    return r;
  })();
  writeBase64(e) {
    const r = Math.ceil(e.length / 3) * 4;
    this.ensure(r + 2);
    let o = this.json,
      s = t.B64,
      n = this.i;
    o[n++] = Pt;
    const i = e.length,
      a = i % 3,
      c = i - a;
    for (let u = 0; u < c; u += 3) {
      const d = e[u],
        l = e[u + 1],
        p = e[u + 2];
      (o[n++] = s[d >> 2]),
        (o[n++] = s[((d & 3) << 4) | (l >> 4)]),
        (o[n++] = s[((l & 15) << 2) | (p >> 6)]),
        (o[n++] = s[p & 63]);
    }
    if (a === 2) {
      const u = e[c],
        d = e[c + 1];
      (o[n++] = s[u >> 2]),
        (o[n++] = s[((u & 3) << 4) | (d >> 4)]),
        (o[n++] = s[(d & 15) << 2]),
        (o[n++] = 61);
    } else if (a === 1) {
      const u = e[c];
      (o[n++] = s[u >> 2]), (o[n++] = s[(u & 3) << 4]), (o[n++] = 61), (o[n++] = 61);
    }
    (o[n++] = Pt), (this.i = n);
  }
  writeValue(e, r, o) {
    if (r == null) {
      if (o?.isStructSchema()) {
        if (r === void 0 && I.of(e).isIdempotencyToken()) {
          this.writeAsciiQuoted(Td());
          return;
        }
        return;
      }
      this.ensure(4), this.json.set(MS, this.i), (this.i += 4);
      return;
    }
    const s = I.of(e),
      n = typeof r == 'object';
    if (s.isStringSchema()) {
      const i = s.getMergedTraits().mediaType;
      if (i && (i === 'application/json' || i.endsWith('+json'))) {
        this.writeJsonString(Ee.from(r).toString());
        return;
      }
    }
    if (this.settings.bigNumberAsString && r != null && (s.isBigIntegerSchema() || s.isBigDecimalSchema())) {
      const i = r instanceof oe ? r.string : String(r);
      this.writeAsciiQuoted(i);
      return;
    }
    if (n) {
      if (s.isStructSchema()) {
        this.writeStruct(s, r);
        return;
      }
      if (Array.isArray(r) && (s.isListSchema() || s.isDocumentSchema())) {
        this.writeList(s, r, s.isDocumentSchema());
        return;
      }
      if (s.isMapSchema()) {
        this.writeMap(s, r, !1);
        return;
      }
      if (r instanceof Uint8Array && (s.isBlobSchema() || s.isDocumentSchema())) {
        this.writeBase64(r);
        return;
      }
      if (r instanceof Date && (s.isTimestampSchema() || s.isDocumentSchema())) {
        this.writeTimestamp(s, r);
        return;
      }
      if (r instanceof oe) {
        this.writeAscii(r.string);
        return;
      }
      if (s.isDocumentSchema()) {
        Array.isArray(r) ? this.writeList(s, r, !0) : this.writeMap(s, r, !0);
        return;
      }
      const i = JSON.stringify(r);
      this.writeAscii(i);
      return;
    }
    if (typeof r == 'string') {
      if (s.isBlobSchema()) {
        const i = (this.serdeContext?.base64Encoder ?? Ue)(r);
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
      r ? (a.set(CS, i), (i += 4)) : (a.set(NS, i), (i += 5)), (this.i = i);
      return;
    }
    if (typeof r == 'bigint') {
      this.writeAscii(r.toString());
      return;
    }
    this.writeAscii(String(r));
  }
  writeStruct(e, r) {
    this.ensure(2), (this.json[this.i++] = dp);
    let o = !1,
      s = typeof r.__type == 'string',
      n;
    s && (n = new Set());
    for (const [i, a] of e.structIterator()) {
      const c = r[i];
      if (c == null && !a.isIdempotencyToken()) continue;
      o && (this.ensure(1), (this.json[this.i++] = jo)), (o = !0);
      const u = this.settings.jsonName ? (a.getMergedTraits().jsonName ?? i) : i;
      n && (n.add(i), n.add(u)),
        this.writeAsciiQuoted(u),
        (this.json[this.i++] = qo),
        this.writeValue(a, c, e);
    }
    if (!o && e.isUnionSchema()) {
      const { $unknown: i } = r;
      if (Array.isArray(i)) {
        const [a, c] = i;
        this.writeAsciiQuoted(a), this.ensure(1), (this.json[this.i++] = qo), this.writeValue(15, c, e);
      }
    } else if (s)
      for (const i in r) {
        if (n.has(i)) continue;
        n.add(i);
        const a = r[i];
        o && (this.ensure(1), (this.json[this.i++] = jo)),
          (o = !0),
          this.writeAsciiQuoted(i),
          this.ensure(1),
          (this.json[this.i++] = qo),
          this.writeValue(15, a, void 0);
      }
    this.ensure(1), (this.json[this.i++] = pp);
  }
  writeList(e, r, o) {
    const s = !!e.getMergedTraits().sparse,
      n = e.getValueSchema();
    if (!o && (n.isStringSchema() || n.isNumericSchema() || n.isBooleanSchema())) {
      let a = !1;
      for (let u = 0; u < r.length; ++u) {
        const d = r[u];
        if (Number.isNaN(d) || d === 1 / 0 || d === -1 / 0 || (d == null && !s)) {
          a = !0;
          break;
        }
      }
      let c;
      if (!a) c = JSON.stringify(r);
      else {
        const u = [];
        for (let d = 0; d < r.length; ++d) {
          const l = r[d];
          (l == null && !s) ||
            (Number.isNaN(l) || l === 1 / 0 || l === -1 / 0 ? u.push(String(l)) : u.push(l));
        }
        c = JSON.stringify(u);
      }
      this.ensure(c.length * 3), (this.i += Vo.encodeInto(c, this.json.subarray(this.i)).written);
      return;
    }
    this.ensure(2), (this.json[this.i++] = vS);
    let i = !1;
    for (let a = 0; a < r.length; ++a) {
      const c = r[a];
      (o ? c === void 0 : c == null && !s) ||
        (i && (this.ensure(1), (this.json[this.i++] = jo)), this.writeValue(n, c, void 0), (i = !0));
    }
    this.ensure(1), (this.json[this.i++] = IS);
  }
  writeMap(e, r, o) {
    const s = !!e.getMergedTraits().sparse,
      n = e.getValueSchema();
    if (!o && (n.isStringSchema() || n.isNumericSchema() || n.isBooleanSchema())) {
      let a;
      for (const u in r) {
        if (!w(r, u)) continue;
        const d = r[u];
        Number.isNaN(d) || d === 1 / 0 || d === -1 / 0
          ? (((a ??= {})[u] = d), (r[u] = String(d)))
          : d === null && !s && (((a ??= {})[u] = null), (r[u] = void 0));
      }
      const c = JSON.stringify(r);
      a && Object.assign(r, a),
        this.ensure(c.length * 3),
        (this.i += Vo.encodeInto(c, this.json.subarray(this.i)).written);
      return;
    }
    this.ensure(2), (this.json[this.i++] = dp);
    let i = !0;
    for (const a in r) {
      if (!w(r, a)) continue;
      const c = r[a];
      (o ? c === void 0 : c == null && !s) ||
        (i || (this.ensure(1), (this.json[this.i++] = jo)),
        (i = !1),
        this.writeJsonString(a),
        this.ensure(1),
        (this.json[this.i++] = qo),
        this.writeValue(n, c, void 0));
    }
    this.ensure(1), (this.json[this.i++] = pp);
  }
  writeTimestamp(e, r) {
    switch (Do(e, this.settings)) {
      case 5: {
        const s = r.toISOString().replace('.000Z', 'Z');
        this.writeAsciiQuoted(s);
        return;
      }
      case 6: {
        this.writeAsciiQuoted(In(r));
        return;
      }
      case 7: {
        const s = String(r.getTime() / 1e3);
        this.writeAscii(s);
        return;
      }
      default: {
        const s = String(r.getTime() / 1e3);
        this.writeAscii(s);
        return;
      }
    }
  }
};
var br = class extends Ge {
  settings;
  constructor(e) {
    super(), (this.settings = e);
  }
  createSerializer() {
    const e = new zo(this.settings);
    return (e.setSerdeContext(this.serdeContext), e);
  }
  createDeserializer() {
    const e = new Fo(this.settings);
    return (e.setSerdeContext(this.serdeContext), e);
  }
};
var hp = (t) => (e) => async (r) => {
    if (!P.isInstance(r.request)) return e(r);
    const { request: o } = r,
      { handlerProtocol: s = '' } = t.requestHandler.metadata || {};
    if (s.indexOf('h2') >= 0 && !o.headers[':authority'])
      delete o.headers.host, (o.headers[':authority'] = o.hostname + (o.port ? ':' + o.port : ''));
    else if (!o.headers.host) {
      let n = o.hostname;
      o.port != null && (n += `:${o.port}`), (o.headers.host = n);
    }
    return e(r);
  },
  gp = { name: 'hostHeaderMiddleware', step: 'build', priority: 'low', tags: ['HOST'], override: !0 },
  vr = (t) => ({
    applyToStack: (e) => {
      e.add(hp(t), gp);
    },
  });
q();
var Sp = () => (t, e) => async (r) => {
    try {
      const o = await t(r),
        { logger: s } = e,
        n = s instanceof ce;
      if (s && !n) {
        const { clientName: i, commandName: a, dynamoDbDocumentClientOptions: c = {} } = e,
          { overrideInputFilterSensitiveLog: u, overrideOutputFilterSensitiveLog: d } = c,
          l = u ?? e.inputFilterSensitiveLog,
          p = d ?? e.outputFilterSensitiveLog,
          { $metadata: m, ...h } = o.output;
        s.info?.({ clientName: i, commandName: a, input: l(r.input), output: p(h), metadata: m });
      }
      return o;
    } catch (o) {
      const { clientName: s, commandName: n, logger: i, dynamoDbDocumentClientOptions: a = {} } = e,
        { overrideInputFilterSensitiveLog: c } = a,
        u = c ?? e.inputFilterSensitiveLog;
      throw (
        i?.error?.({ clientName: s, commandName: n, input: u(r.input), error: o, metadata: o.$metadata }), o
      );
    }
  },
  yp = { name: 'loggerMiddleware', tags: ['LOGGER'], step: 'initialize', override: !0 },
  Ir = (t) => ({
    applyToStack: (e) => {
      e.add(Sp(), yp);
    },
  });
var Ep = {
  step: 'build',
  tags: ['RECURSION_DETECTION', 'TRACE_CONTEXT_PROPAGATION'],
  name: 'recursionDetectionMiddleware',
  override: !0,
  priority: 'low',
};
var Qe = {
    REQUEST_ID: Symbol.for('_AWS_LAMBDA_REQUEST_ID'),
    X_RAY_TRACE_ID: Symbol.for('_AWS_LAMBDA_X_RAY_TRACE_ID'),
    TENANT_ID: Symbol.for('_AWS_LAMBDA_TENANT_ID'),
    TRACEPARENT: Symbol.for('_AWS_LAMBDA_TRACEPARENT'),
    TRACESTATE: Symbol.for('_AWS_LAMBDA_TRACESTATE'),
    BAGGAGE: Symbol.for('_AWS_LAMBDA_BAGGAGE'),
  },
  Gi = ['true', '1'].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? '');
Gi || (globalThis.awslambda = globalThis.awslambda || {});
var Go = class {
    static PROTECTED_KEYS = Qe;
    isProtectedKey(e) {
      return Object.values(Qe).includes(e);
    }
    getRequestId() {
      return this.get(Qe.REQUEST_ID) ?? '-';
    }
    getXRayTraceId() {
      return this.get(Qe.X_RAY_TRACE_ID);
    }
    getTenantId() {
      return this.get(Qe.TENANT_ID);
    }
    getTraceparent() {
      return this.get(Qe.TRACEPARENT);
    }
    getTracestate() {
      return this.get(Qe.TRACESTATE);
    }
    getBaggage() {
      return this.get(Qe.BAGGAGE);
    }
  },
  Qi = class extends Go {
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
  },
  Wi = class t extends Go {
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
      const o = this.als.getStore();
      if (!o) throw new Error('No context available');
      o[e] = r;
    }
    run(e, r) {
      return this.als.run(e, r);
    }
  },
  Cr;
((t) => {
  let e = null;
  async function r(o) {
    return (
      e ||
        (e = (async () => {
          const n = o === !0 || 'AWS_LAMBDA_MAX_CONCURRENCY' in process.env ? await Wi.create() : new Qi();
          return !Gi && globalThis.awslambda?.InvokeStore
            ? globalThis.awslambda.InvokeStore
            : (!Gi && globalThis.awslambda && (globalThis.awslambda.InvokeStore = n), n);
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
})(Cr || (Cr = {}));
var OS = 'AWS_LAMBDA_FUNCTION_NAME',
  PS = '_X_AMZN_TRACE_ID',
  Ki = 'X-Amzn-Trace-Id',
  Ji = 'traceparent',
  xp = 'tracestate',
  Rp = 'baggage',
  wp = () => (t) => async (e) => {
    const { request: r } = e;
    if (!P.isInstance(r)) return t(e);
    let o;
    {
      const s = Object.keys(r.headers ?? {}).find((n) => n.toLowerCase() === Ki.toLowerCase()) ?? Ki;
      if (!Object.hasOwn(r.headers, s)) {
        const n = process.env[OS],
          i = process.env[PS];
        o ??= await Cr.getInstanceAsync();
        const c = o?.getXRayTraceId() ?? i,
          u = (d) => typeof d == 'string' && d.length > 0;
        u(n) && u(c) && (r.headers[Ki] = c);
      }
    }
    if ((DS(r.headers), !r.headers[Ji])) {
      const n = (o ??= await Cr.getInstanceAsync())?.getTraceparent?.();
      if (n) {
        r.headers[Ji] = n;
        const i = o?.getTracestate?.();
        i && (r.headers[xp] = i);
        const a = o?.getBaggage?.();
        a && (r.headers[Rp] = a);
      }
    }
    return t(e);
  };
function DS(t) {
  for (const e of Object.keys(t)) {
    const r = e.toLowerCase();
    e !== r && (r === Ji || r === xp || r === Rp) && ((t[r] = t[e]), delete t[e]);
  }
}
var Nr = (t) => ({
  applyToStack: (e) => {
    e.add(wp(), Ep);
  },
});
N();
var _p = (t, e) => {
  if (!e || e.length === 0) return t;
  const r = [];
  for (const o of e) for (const s of t) s.schemeId.split('#')[1] === o && r.push(s);
  for (const o of t) r.find(({ schemeId: s }) => s === o.schemeId) || r.push(o);
  return r;
};
function LS(t) {
  const e = new Map();
  for (const r of t) e.set(r.schemeId, r);
  return e;
}
var Xi = (t, e) => (r, o) => async (s) => {
  const n = t.httpAuthSchemeProvider(await e.httpAuthSchemeParametersProvider(t, o, s.input)),
    i = t.authSchemePreference ? await t.authSchemePreference() : [],
    a = _p(n, i),
    c = LS(t.httpAuthSchemes),
    u = Y(o),
    d = [];
  for (const l of a) {
    const p = c.get(l.schemeId);
    if (!p) {
      d.push(`HttpAuthScheme \`${l.schemeId}\` was not enabled for this service.`);
      continue;
    }
    const m = p.identityProvider(await e.identityProviderConfigProvider(t));
    if (!m) {
      d.push(`HttpAuthScheme \`${l.schemeId}\` did not have an IdentityProvider configured.`);
      continue;
    }
    const { identityProperties: h = {}, signingProperties: S = {} } = l.propertiesExtractor?.(t, o) || {};
    (l.identityProperties = Object.assign(l.identityProperties || {}, h)),
      (l.signingProperties = Object.assign(l.signingProperties || {}, S)),
      (u.selectedHttpAuthScheme = {
        httpAuthOption: l,
        identity: await m(l.identityProperties),
        signer: p.signer,
      });
    break;
  }
  if (!u.selectedHttpAuthScheme)
    throw new Error(
      d.join(`
`),
    );
  return r(s);
};
var Yi = {
    step: 'serialize',
    tags: ['HTTP_AUTH_SCHEME'],
    name: 'httpAuthSchemeMiddleware',
    override: !0,
    relation: 'before',
    toMiddleware: 'endpointV2Middleware',
  },
  Dt = (t, { httpAuthSchemeParametersProvider: e, identityProviderConfigProvider: r }) => ({
    applyToStack: (o) => {
      o.addRelativeTo(Xi(t, { httpAuthSchemeParametersProvider: e, identityProviderConfigProvider: r }), Yi);
    },
  });
N();
var kS = (t) => (e) => {
    throw e;
  },
  US = (t, e) => {},
  Zi = (t) => (e, r) => async (o) => {
    if (!P.isInstance(o.request)) return e(o);
    const n = Y(r).selectedHttpAuthScheme;
    if (!n) throw new Error('No HttpAuthScheme was selected: unable to sign request');
    const {
        httpAuthOption: { signingProperties: i = {} },
        identity: a,
        signer: c,
      } = n,
      u = await e({ ...o, request: await c.sign(o.request, a, i) }).catch((c.errorHandler || kS)(i));
    return ((c.successHandler || US)(u.response, i), u);
  };
var ea = {
    step: 'finalizeRequest',
    tags: ['HTTP_SIGNING'],
    name: 'httpSigningMiddleware',
    aliases: ['apiKeyMiddleware', 'tokenMiddleware', 'awsAuthMiddleware'],
    override: !0,
    relation: 'after',
    toMiddleware: 'retryMiddleware',
  },
  Lt = (t) => ({
    applyToStack: (e) => {
      e.addRelativeTo(Zi(t), ea);
    },
  });
var De = (t) => {
  if (typeof t == 'function') return t;
  const e = Promise.resolve(t);
  return () => e;
};
N();
var We = class {
  authSchemes = new Map();
  constructor(e) {
    for (const r in e) {
      if (!w(e, r)) continue;
      const o = e[r];
      o !== void 0 && this.authSchemes.set(r, o);
    }
  }
  getIdentityProvider(e) {
    return this.authSchemes.get(e);
  }
};
var ta = (t) => (r) => Mr(r) && r.expiration.getTime() - Date.now() < t;
var Qo = ta(3e5),
  Mr = (t) => t.expiration !== void 0,
  Wo = (t, e, r) => {
    if (t === void 0) return;
    let o = typeof t != 'function' ? async () => Promise.resolve(t) : t,
      s,
      n,
      i,
      a = !1,
      c = async (u) => {
        n || (n = o(u));
        try {
          (s = await n), (i = !0), (a = !1);
        } finally {
          n = void 0;
        }
        return s;
      };
    return e === void 0
      ? async (u) => ((!i || u?.forceRefresh) && (s = await c(u)), s)
      : async (u) => (
          (!i || u?.forceRefresh) && (s = await c(u)),
          a ? s : r(s) ? (e(s) && (await c(u)), s) : ((a = !0), s)
        );
  };
var Ko = void 0;
function BS(t) {
  return t === void 0 ? !0 : typeof t == 'string' && t.length <= 50;
}
function Or(t) {
  const e = De(t.userAgentAppId ?? Ko),
    { customUserAgent: r } = t;
  return Object.assign(t, {
    customUserAgent: typeof r == 'string' ? [[r]] : r,
    userAgentAppId: async () => {
      const o = await e();
      if (!BS(o)) {
        const s = t.logger?.constructor?.name === 'NoOpLogger' || !t.logger ? console : t.logger;
        typeof o != 'string'
          ? s?.warn('userAgentAppId must be a string or undefined.')
          : o.length > 50 &&
            s?.warn('The provided userAgentAppId exceeds the maximum length of 50 characters.');
      }
      return o;
    },
  });
}
var Ap = {
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
var FS = Ap,
  HS = '',
  Tp = (t) => {
    const { partitions: e } = FS;
    for (const o of e) {
      const { regions: s, outputs: n } = o;
      for (const [i, a] of Object.entries(s)) if (i === t) return { ...n, ...a };
    }
    for (const o of e) {
      const { regionRegex: s, outputs: n } = o;
      if (new RegExp(s).test(t)) return { ...n };
    }
    const r = e.find((o) => o.id === 'aws');
    if (!r)
      throw new Error(
        "Provided region was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.",
      );
    return { ...r.outputs };
  };
var bp = () => HS;

import { Readable as VS } from 'node:stream';

var ra = (t) => t?.body instanceof VS || (typeof ReadableStream < 'u' && t?.body instanceof ReadableStream);
q();
A();
Ce();
var vp = [
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
  ],
  Ip = ['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'],
  Cp = [500, 502, 503, 504],
  Np = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT'],
  Mp = ['EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'];
var qS = (t) => t?.$retryable !== void 0;
var jS = (t) => t.$metadata?.clockSkewCorrected,
  zS = (t) => {
    const e = new Set([
      'Failed to fetch',
      'NetworkError when attempting to fetch resource',
      'The Internet connection appears to be offline',
      'Load failed',
      'Network request failed',
    ]);
    return t && t instanceof TypeError ? e.has(t.message) : !1;
  },
  Jo = (t) => t.$metadata?.httpStatusCode === 429 || vp.includes(t.name) || t.$retryable?.throttling == !0,
  Xo = (t, e = 0) =>
    t?.name !== 'AbortError' &&
    (qS(t) ||
      jS(t) ||
      (t.name === 'InvalidSignatureException' && t.message?.includes('Signature expired')) ||
      Ip.includes(t.name) ||
      Np.includes(t?.code || '') ||
      Mp.includes(t?.code || '') ||
      Cp.includes(t.$metadata?.httpStatusCode || 0) ||
      zS(t) ||
      GS(t) ||
      (t.cause !== void 0 && e <= 10 && Xo(t.cause, e + 1))),
  Op = (t) => {
    if (t.$metadata?.httpStatusCode !== void 0) {
      const e = t.$metadata.httpStatusCode;
      return 500 <= e && e <= 599 && !Xo(t);
    }
    return !1;
  };
function GS(t) {
  return t.code === 'ERR_HTTP2_STREAM_ERROR' && t.message.includes('NGHTTP2_REFUSED_STREAM');
}
var Yo = (t, e) => {
    if (!e) return t;
    let r = () => {},
      o = new Promise((s, n) => {
        const i = () => n(QS(e));
        e.aborted
          ? i()
          : typeof e.addEventListener == 'function'
            ? (e.addEventListener('abort', i, { once: !0 }), (r = () => e.removeEventListener('abort', i)))
            : (e.onabort = i);
      });
    return Promise.race([t, o]).finally(r);
  },
  QS = (t) => {
    const e = t.reason;
    return e instanceof Error
      ? Object.assign(new Error('Request aborted'), { name: 'AbortError', cause: e })
      : Object.assign(new Error(e ? String(e) : 'Request aborted'), { name: 'AbortError' });
  },
  Pp = (t) => typeof t == 'object' && t !== null && 'name' in t && t.name === 'AbortError';
var Dp = 'amz-sdk-invocation-id',
  Lp = 'amz-sdk-request';
N();
A();
function kp(t, e) {
  if (re.isInstance(t))
    for (const r in t.headers) {
      if (!w(t.headers, r)) continue;
      const o = r.toLowerCase();
      if (o === 'retry-after') {
        let s = t.headers[r],
          n = NaN;
        if (s.endsWith('GMT'))
          try {
            n = (Kt(s).getTime() - Date.now()) / 1e3;
          } catch (i) {
            e?.trace?.('Failed to parse retry-after header'), e?.trace?.(i);
          }
        else
          s.match(/ GMT, ((\d+)|(\d+\.\d+))$/)
            ? (n = Number(s.match(/ GMT, ([\d.]+)$/)?.[1]))
            : s.match(/^((\d+)|(\d+\.\d+))$/)
              ? (n = Number(s))
              : Date.parse(s) >= Date.now() && (n = (Date.parse(s) - Date.now()) / 1e3);
        return isNaN(n) ? void 0 : new Date(Date.now() + n * 1e3);
      } else if (o === 'x-amz-retry-after') {
        const s = t.headers[r],
          n = Number(s);
        if (isNaN(n)) {
          e?.trace?.(`Failed to parse x-amz-retry-after=${s}`);
          return;
        }
        return new Date(Date.now() + n);
      }
    }
}
var Up = (t) =>
  t instanceof Error
    ? t
    : t instanceof Object
      ? Object.assign(new Error(), t)
      : typeof t == 'string'
        ? new Error(t)
        : new Error(`AWS SDK error wrapper for ${t}`);
function oa(t) {
  return (e) => (r, o) => async (s) => {
    let n = await e.retryStrategy(),
      i = await e.maxAttempts(),
      a = o[ye]?.abortSignal;
    if (WS(n)) {
      n = n;
      let c = (o.partition_id ?? '') + (o.__retryLongPoll ? ':longpoll' : ''),
        u = await Yo(n.acquireInitialRetryToken(c), a),
        d = new Error(),
        l = 0,
        p = 0,
        { request: m } = s,
        h = P.isInstance(m);
      for (h && (m.headers[Dp] = Ai()); ; )
        try {
          h && (m.headers[Lp] = `attempt=${l + 1}; max=${i}`);
          const { response: S, output: g } = await r(s);
          return (
            n.recordSuccess(u),
            (g.$metadata.attempts = l + 1),
            (g.$metadata.totalRetryDelay = p),
            { response: S, output: g }
          );
        } catch (S) {
          const g = KS(S, e.logger);
          if (((d = Up(S)), h && t(m)))
            throw (
              (o.logger instanceof ce ? console : o.logger)?.warn(
                'An error was encountered in a non-retryable streaming request.',
              ),
              d
            );
          try {
            if (a?.aborted) throw d;
            u = await Yo(n.refreshRetryTokenForRetry(u, g), a);
          } catch (x) {
            throw x !== d && a?.aborted && Pp(x)
              ? x
              : (d.$metadata || (d.$metadata = {}),
                (d.$metadata.attempts = l + 1),
                (d.$metadata.totalRetryDelay = p),
                d);
          }
          l = u.getRetryCount();
          const y = u.getRetryDelay();
          (p += (u?.$retryLog?.acquisitionDelay ?? 0) + y),
            y > 0 && (await Yo(new Promise((x) => setTimeout(x, y)), a));
        }
    } else
      return (
        (n = n),
        n?.mode && (o.userAgent = [...(o.userAgent || []), ['cfg/retry-mode', n.mode]]),
        n.retry(r, s)
      );
  };
}
var WS = (t) =>
    typeof t.acquireInitialRetryToken < 'u' &&
    typeof t.refreshRetryTokenForRetry < 'u' &&
    typeof t.recordSuccess < 'u',
  KS = (t, e) => {
    const r = { error: t, errorType: JS(t) },
      o = kp(t.$response, e);
    return (o && (r.retryAfterHint = o), r);
  },
  JS = (t) => (Jo(t) ? 'THROTTLING' : Xo(t) ? 'TRANSIENT' : Op(t) ? 'SERVER_ERROR' : 'CLIENT_ERROR'),
  XS = { name: 'retryMiddleware', tags: ['RETRY'], step: 'finalizeRequest', priority: 'high', override: !0 };
function $p(t) {
  const e = oa(t);
  return (r) => ({
    applyToStack: (o) => {
      o.add(e(r), XS);
    },
  });
}
var Zo = class t {
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
    const o = e;
    if (o?.errorType === 'THROTTLING' || Jo(o?.error ?? e)) {
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
        await new Promise((o) => t.setTimeoutFn(o, r)), this.refillTokenBucket();
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
    (this.availableTokens = Math.min(this.maxCapacity, this.availableTokens + r)), (this.lastTimestamp = e);
  }
  calculateTimeWindow() {
    this.timeWindow = this.getPrecise(((this.lastMaxRate * (1 - this.beta)) / this.scaleConstant) ** (1 / 3));
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
      const o = this.requestCount / (r - this.lastTxRateBucket);
      (this.measuredTxRate = this.getPrecise(o * this.smooth + this.measuredTxRate * (1 - this.smooth))),
        (this.requestCount = 0),
        (this.lastTxRateBucket = r);
    }
  }
  getPrecise(e) {
    return parseFloat(e.toFixed(8));
  }
};
var ue = class {
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
var es = class {
  x = ue.delay();
  computeNextBackoffDelay(e) {
    const s = Math.random() * Math.min(this.x * 2 ** e, 2e4);
    return Math.floor(s);
  }
  setDelayBase(e) {
    this.x = e;
  }
};
var Pr = class {
  delay;
  count;
  cost;
  longPoll;
  $retryLog = { acquisitionDelay: 0 };
  constructor(e, r, o, s) {
    (this.delay = e), (this.count = r), (this.cost = o), (this.longPoll = s);
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
var le;
((t) => {
  (t.STANDARD = 'standard'), (t.ADAPTIVE = 'adaptive');
})(le || (le = {}));
var Ke = 3,
  lt = le.STANDARD;
var ts = { incompatible: 1, attempts: 2, capacity: 3 },
  dt = class {
    mode = le.STANDARD;
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
        (this.maxAttemptsProvider ??= async () => Ke),
        (this.baseDelay ??= ue.delay()),
        (this.retryBackoffStrategy ??= new es());
    }
    async acquireInitialRetryToken(e) {
      return new Pr(ue.delay(), 0, void 0, e.includes(':longpoll'));
    }
    async refreshRetryTokenForRetry(e, r) {
      const o = await this.getMaxAttempts(),
        s = this.retryCode(e, r, o),
        n = s === 0,
        i = e.isLongPoll?.();
      if (n || i) {
        const a = r.errorType;
        this.retryBackoffStrategy.setDelayBase(a === 'THROTTLING' ? ue.throttlingDelay() : this.baseDelay);
        let c = this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),
          u = c;
        if (
          (r.retryAfterHint instanceof Date &&
            (u = Math.max(c, Math.min(r.retryAfterHint.getTime() - Date.now(), c + 5e3))),
          n)
        ) {
          const d = this.getCapacityCost(a);
          this.capacity -= d;
          const l = new Pr(0, e.getRetryCount() + 1, d, e.isLongPoll?.() ?? !1);
          return (await new Promise((p) => setTimeout(p, u)), (l.$retryLog.acquisitionDelay = u), l);
        } else {
          const d = s === ts.capacity && i ? u : 0;
          d > 0 && (await new Promise((l) => setTimeout(l, d)));
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
        return (console.warn(`Max attempts provider could not resolve. Using default of ${Ke}`), Ke);
      }
    }
    retryCode(e, r, o) {
      const s = e.getRetryCount() + 1,
        n = this.isRetryableError(r.errorType) ? 0 : ts.incompatible,
        i = s < o ? 0 : ts.attempts,
        a = this.capacity >= this.getCapacityCost(r.errorType) ? 0 : ts.capacity;
      return n || i || a;
    }
    getCapacityCost(e) {
      return e === ue.modifiedCostType() ? ue.throttlingCost() : ue.cost();
    }
    isRetryableError(e) {
      return e === 'THROTTLING' || e === 'TRANSIENT';
    }
  };
var rs = class {
  mode = le.ADAPTIVE;
  rateLimiter;
  standardRetryStrategy;
  constructor(e, r) {
    const { rateLimiter: o } = r ?? {};
    (this.rateLimiter = o ?? new Zo()),
      (this.standardRetryStrategy = r
        ? new dt({ maxAttempts: typeof e == 'number' ? e : 3, ...r })
        : new dt(e));
  }
  async acquireInitialRetryToken(e) {
    const r = await this.standardRetryStrategy.acquireInitialRetryToken(e);
    return (await this.rateLimiter.getSendToken(), r);
  }
  async refreshRetryTokenForRetry(e, r) {
    this.rateLimiter.updateClientSendingRate(r);
    const o = await this.standardRetryStrategy.refreshRetryTokenForRetry(e, r);
    return (await this.rateLimiter.getSendToken(), o);
  }
  recordSuccess(e) {
    this.rateLimiter.updateClientSendingRate({}), this.standardRetryStrategy.recordSuccess(e);
  }
  async maxAttemptsProvider() {
    return this.standardRetryStrategy.maxAttempts();
  }
};
q();
var sa = 'AWS_MAX_ATTEMPTS',
  na = 'max_attempts',
  Dr = {
    environmentVariableSelector: (t) => {
      const e = t[sa];
      if (!e) return;
      const r = parseInt(e);
      if (Number.isNaN(r)) throw new Error(`Environment variable ${sa} mast be a number, got "${e}"`);
      return r;
    },
    configFileSelector: (t) => {
      const e = t[na];
      if (!e) return;
      const r = parseInt(e);
      if (Number.isNaN(r)) throw new Error(`Shared config file entry ${na} mast be a number, got "${e}"`);
      return r;
    },
    default: Ke,
  },
  Lr = (t, e) => {
    let { retryStrategy: r, retryMode: o } = t,
      { defaultMaxAttempts: s = Ke, defaultBaseDelay: n = ue.delay() } = e ?? {},
      i = z(t.maxAttempts ?? s),
      a = r ? Promise.resolve(r) : void 0,
      c = async () => {
        const u = await i();
        return (await z(o)()) === le.ADAPTIVE
          ? new rs(i, { maxAttempts: u, baseDelay: n })
          : new dt({ maxAttempts: u, baseDelay: n });
      };
    return Object.assign(t, { maxAttempts: i, retryStrategy: () => (a ??= c()) });
  },
  Bp = 'AWS_RETRY_MODE',
  Fp = 'retry_mode',
  kr = { environmentVariableSelector: (t) => t[Bp], configFileSelector: (t) => t[Fp], default: lt };
var OO = oa(ra),
  os = $p(ra);
var ey = /\d{12}\.ddb/;
async function Hp(t, e, r) {
  if (
    (r.request?.headers?.['smithy-protocol'] === 'rpc-v2-cbor' && we(t, 'PROTOCOL_RPC_V2_CBOR', 'M'),
    typeof e.retryStrategy == 'function')
  ) {
    const n = await e.retryStrategy();
    if (typeof n.mode == 'string')
      switch (n.mode) {
        case le.ADAPTIVE:
          we(t, 'RETRY_MODE_ADAPTIVE', 'F');
          break;
        case le.STANDARD:
          we(t, 'RETRY_MODE_STANDARD', 'E');
          break;
      }
  }
  if (typeof e.accountIdEndpointMode == 'function') {
    const n = t.endpointV2;
    switch (
      (String(n?.url?.hostname).match(ey) && we(t, 'ACCOUNT_ID_ENDPOINT', 'O'),
      await e.accountIdEndpointMode?.())
    ) {
      case 'disabled':
        we(t, 'ACCOUNT_ID_MODE_DISABLED', 'Q');
        break;
      case 'preferred':
        we(t, 'ACCOUNT_ID_MODE_PREFERRED', 'P');
        break;
      case 'required':
        we(t, 'ACCOUNT_ID_MODE_REQUIRED', 'R');
        break;
    }
  }
  const s = t.__smithy_context?.selectedHttpAuthScheme?.identity;
  if (s?.$source) {
    const n = s;
    n.accountId && we(t, 'RESOLVED_ACCOUNT_ID', 'T');
    for (const [i, a] of Object.entries(n.$source ?? {})) we(t, i, a);
  }
}
var ia = 'user-agent',
  ss = 'x-amz-user-agent';
var Vp = /[^!$%&'*+\-.^_`|~\w]/g,
  qp = /[^!$%&'*+\-.^_`|~\w#]/g;
function jp(t) {
  let e = '';
  for (const r in t) {
    const o = t[r];
    if (e.length + o.length + 1 <= 1024) {
      e.length ? (e += ',' + o) : (e += o);
      continue;
    }
    break;
  }
  return e;
}
var Qp = (t) => (e, r) => async (o) => {
    const { request: s } = o;
    if (!P.isInstance(s)) return e(o);
    const { headers: n } = s,
      i = r?.userAgent?.map(ns) || [],
      a = (await t.defaultUserAgentProvider()).map(ns);
    await Hp(r, t, o);
    const c = r;
    a.push(`m/${jp(Object.assign({}, r.__smithy_context?.features, c.__aws_sdk_context?.features))}`);
    const u = t?.customUserAgent?.map(ns) || [],
      d = await t.userAgentAppId();
    d && a.push(ns(['app', `${d}`]));
    const l = bp(),
      p = (l ? [l] : []).concat([...a, ...i, ...u]).join(' '),
      m = [...a.filter((h) => h.startsWith('aws-sdk-')), ...u].join(' ');
    return (
      t.runtime !== 'browser' ? (m && (n[ss] = n[ss] ? `${n[ia]} ${m}` : m), (n[ia] = p)) : (n[ss] = p),
      e({ ...o, request: s })
    );
  },
  ns = (t) => {
    let e = t[0]
        .split('/')
        .map((i) => i.replace(Vp, '-'))
        .join('/'),
      r = t[1]?.replace(qp, '-'),
      o = e.indexOf('/'),
      s = e.substring(0, o),
      n = e.substring(o + 1);
    return (
      s === 'api' && (n = n.toLowerCase()),
      [s, n, r]
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
  },
  Wp = {
    name: 'getUserAgentMiddleware',
    step: 'build',
    priority: 'low',
    tags: ['SET_USER_AGENT', 'USER_AGENT'],
    override: !0,
  },
  Ur = (t) => ({
    applyToStack: (e) => {
      e.add(Qp(t), Wp);
    },
  });

import { release as ry, platform as ty } from 'node:os';
import { versions as ca, env as Xp } from 'node:process';

var Kp = () => {
  const t = ['deno', 'bun', 'llrt'];
  for (const e of t) if (ca[e]) return [`md/${e}`, ca[e]];
  return ['md/nodejs', ca.node];
};
var ua = { isCrtAvailable: !1 };
var Jp = () => (ua.isCrtAvailable ? ['md/crt-avail'] : null);
var $r = ({ serviceId: t, clientVersion: e }) => {
  const r = Kp();
  return async (o) => {
    const s = [['aws-sdk-js', e], ['ua', '2.1'], [`os/${ty()}`, ry()], ['lang/js'], r],
      n = Jp();
    n && s.push(n),
      t && s.push([`api/${t}`, e]),
      Xp.AWS_EXECUTION_ENV && s.push([`exec-env/${Xp.AWS_EXECUTION_ENV}`]);
    const i = await o?.userAgentAppId?.();
    return i ? [...s, [`app/${i}`]] : [...s];
  };
};
var Yp = 'AWS_SDK_UA_APP_ID',
  Zp = 'sdk_ua_app_id',
  oy = 'sdk-ua-app-id',
  Br = { environmentVariableSelector: (t) => t[Yp], configFileSelector: (t) => t[Zp] ?? t[oy], default: Ko };
fe();
fe();
fe();
var la = (t, e = !1) => {
  if (e) {
    for (const r of t.split('.')) if (!la(r)) return !1;
    return !0;
  }
  return !(!_e(t) || t.length < 3 || t.length > 63 || t !== t.toLowerCase() || wt(t));
};
var ef = (t) => {
  const e = t.split(':');
  if (e.length < 6) return null;
  const [r, o, s, n, i, ...a] = e;
  if (r !== 'arn' || o === '' || s === '' || a.join(':') === '') return null;
  const c = a.flatMap((u) => u.split('/'));
  return { partition: o, service: s, region: n, accountId: i, resourceId: c };
};
var kt = { isVirtualHostableS3Bucket: la, parseArn: ef, partition: Tp };
Oe.aws = kt;
var Fr = (t) => ({
    setRegion(e) {
      t.region = e;
    },
    region() {
      return t.region;
    },
  }),
  Hr = (t) => ({ region: t.region() });
q();
var da = (t) => Object.assign(t, { useQueueUrlAsEndpoint: t.useQueueUrlAsEndpoint ?? !0 });
function rf({ useQueueUrlAsEndpoint: t, endpoint: e }) {
  return (r, o) => async (s) => {
    const { input: n } = s,
      i = o.endpointV2;
    if (!e && n.QueueUrl && i && t) {
      const a = o.logger instanceof ce || !o.logger?.warn ? console : o.logger;
      try {
        const c = new URL(n.QueueUrl),
          u = new URL(c.origin);
        i.url.origin !== u.origin &&
          (a.warn(`QueueUrl=${n.QueueUrl} differs from SQSClient resolved endpoint=${i.url.toString()}, using QueueUrl host as endpoint.
Set [endpoint=string] or [useQueueUrlAsEndpoint=false] on the SQSClient.`),
          (o.endpointV2 = { ...i, url: u }));
      } catch (c) {
        a.warn(c);
      }
    }
    return r(s);
  };
}
var of = {
    name: 'queueUrlMiddleware',
    relation: 'after',
    toMiddleware: 'endpointV2Middleware',
    override: !0,
  },
  pa = (t) => ({
    applyToStack: (e) => {
      e.addRelativeTo(rf(t), of);
    },
  });
A();
var sf = (t) => (e) => async (r) => {
    const o = await e({ ...r });
    if (t.md5 === !1) return o;
    const s = o.output,
      n = new t.md5();
    if ((n.update(j(r.input.MessageBody || '')), s.MD5OfMessageBody !== B(await n.digest())))
      throw new Error('InvalidChecksumError');
    return o;
  },
  nf = { step: 'initialize', tags: ['VALIDATE_BODY_MD5'], name: 'sendMessageMiddleware', override: !0 },
  fa = (t) => ({
    applyToStack: (e) => {
      e.add(sf(t), nf);
    },
  });
q();
Te();
fe();
ee();
Ce();
var is = (t) => (re.isInstance(t) ? (t.headers?.date ?? t.headers?.Date) : void 0),
  as = (t) => (re.isInstance(t) ? (t.headers?.age ?? t.headers?.Age) : void 0);
var ma = (t) => new Date(Date.now() + t);
var cs = (t, e, r, o) => {
  if (o !== void 0) return e;
  const s = Date.parse(t);
  if (Number.isNaN(s)) return e;
  const n = Date.now();
  return r !== void 0 && n - r > 9e5 ? e : s - n;
};
var Vr = (t, e) => {
    if (!e) throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);
    return e;
  },
  sy = (t) => t.context?.[ye]?.eventStream?.output === !0,
  ha = async (t) => {
    const e = Vr('context', t.context),
      r = Vr('config', t.config),
      o = e.endpointV2?.properties?.authSchemes?.[0],
      n = await Vr('signer', r.signer)(o),
      i = t?.signingRegion,
      a = t?.signingRegionSet,
      c = t?.signingName;
    return { config: r, signer: n, signingRegion: i, signingRegionSet: a, signingName: c };
  },
  Je = class {
    async sign(e, r, o) {
      if (!P.isInstance(e))
        throw new Error('The request is not an instance of `HttpRequest` and cannot be signed');
      let s = await ha(o),
        { config: n, signer: i } = s,
        { signingRegion: a, signingName: c } = s,
        u = o.context;
      if (u?.authSchemes?.length ?? !1) {
        const [m, h] = u.authSchemes;
        m?.name === 'sigv4a' &&
          h?.name === 'sigv4' &&
          ((a = h?.signingRegion ?? a), (c = h?.signingName ?? c));
      }
      const d = (await n.disableClockSkewCorrection?.()) === !0;
      o._disableClockSkewCorrection = d;
      const l = d || sy(o);
      return (
        (o._skipClockSkewSampling = l),
        l || ((o._preRequestSystemClockOffset = n.systemClockOffset), (o._requestSentAt = Date.now())),
        await i.sign(e, {
          signingDate: d ? new Date() : ma(n.systemClockOffset),
          signingRegion: a,
          signingService: c,
        })
      );
    }
    errorHandler(e) {
      return (r) => {
        const o = r;
        if (!e._skipClockSkewSampling && !e._disableClockSkewCorrection) {
          const s = o.ServerTime ?? is(o.$response);
          if (s) {
            const n = Vr('config', e.config),
              i = e._preRequestSystemClockOffset,
              a = e._requestSentAt,
              c = as(o.$response),
              u = cs(s, n.systemClockOffset, a, c);
            (n.systemClockOffset = u),
              Math.abs(u) >= 24e4 &&
                (u !== i || (i !== void 0 && i !== u)) &&
                o.$metadata &&
                (o.$metadata.clockSkewCorrected = !0);
          }
        }
        throw r;
      };
    }
    successHandler(e, r) {
      if (r._skipClockSkewSampling || r._disableClockSkewCorrection) return;
      const o = is(e);
      if (o) {
        const s = Vr('config', r.config),
          n = r._requestSentAt,
          i = as(e);
        s.systemClockOffset = cs(o, s.systemClockOffset, n, i);
      }
    }
  };
var ga = (t) => (typeof t == 'string' && t.length > 0 ? t.split(',').map((e) => e.trim()) : []);
var af = (t) => `AWS_BEARER_TOKEN_${t.replace(/[\s-]/g, '_').toUpperCase()}`;
var cf = 'AWS_AUTH_SCHEME_PREFERENCE',
  uf = 'auth_scheme_preference',
  Ut = {
    environmentVariableSelector: (t, e) => {
      if (e?.signingName && af(e.signingName) in t) return ['httpBearerAuth'];
      if (cf in t) return ga(t[cf]);
    },
    configFileSelector: (t) => {
      if (uf in t) return ga(t[uf]);
    },
    default: [],
  };
A();
A();
A();
var us = class {
    format(e) {
      const r = [];
      for (const n in e) {
        if (!w(e, n)) continue;
        const i = te(n);
        r.push(Uint8Array.from([i.byteLength]), i, this.formatHeaderValue(e[n]));
      }
      let o = new Uint8Array(r.reduce((n, i) => n + i.byteLength, 0)),
        s = 0;
      for (const n of r) o.set(n, s), (s += n.byteLength);
      return o;
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
          const o = new DataView(new ArrayBuffer(5));
          return (o.setUint8(0, 4), o.setInt32(1, e.value, !1), new Uint8Array(o.buffer));
        }
        case 'long': {
          const s = new Uint8Array(9);
          return ((s[0] = 5), s.set(e.value.bytes, 1), s);
        }
        case 'binary': {
          const n = new DataView(new ArrayBuffer(3 + e.value.byteLength));
          n.setUint8(0, 6), n.setUint16(1, e.value.byteLength, !1);
          const i = new Uint8Array(n.buffer);
          return (i.set(e.value, 3), i);
        }
        case 'string': {
          const a = te(e.value),
            c = new DataView(new ArrayBuffer(3 + a.byteLength));
          c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1);
          const u = new Uint8Array(c.buffer);
          return (u.set(a, 3), u);
        }
        case 'timestamp': {
          const d = new Uint8Array(9);
          return ((d[0] = 8), d.set(Sa.fromNumber(e.value.valueOf()).bytes, 1), d);
        }
        case 'uuid': {
          if (!ny.test(e.value)) throw new Error(`Invalid UUID received: ${e.value}`);
          const l = new Uint8Array(17);
          return ((l[0] = 9), l.set(Jt(e.value.replace(/-/g, '')), 1), l);
        }
      }
    }
  },
  lf;
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
})(lf || (lf = {}));
var ny = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,
  Sa = class t {
    bytes;
    constructor(e) {
      if (((this.bytes = e), e.byteLength !== 8)) throw new Error('Int64 buffers must be exactly 8 bytes');
    }
    static fromNumber(e) {
      if (e > 9223372036854776e3 || e < -9223372036854776e3)
        throw new Error(`${e} is too large (or, if negative, too small) to represent as an Int64`);
      const r = new Uint8Array(8);
      for (let o = 7, s = Math.abs(Math.round(e)); o > -1 && s > 0; o--, s /= 256) r[o] = s;
      return (e < 0 && df(r), new t(r));
    }
    valueOf() {
      const e = this.bytes.slice(0),
        r = e[0] & 128;
      return (r && df(e), parseInt(B(e), 16) * (r ? -1 : 1));
    }
    toString() {
      return String(this.valueOf());
    }
  };
function df(t) {
  for (let e = 0; e < 8; e++) t[e] ^= 255;
  for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
}
q();
A();
A();
var pf = 'X-Amz-Algorithm',
  ff = 'X-Amz-Credential',
  ya = 'X-Amz-Date',
  mf = 'X-Amz-SignedHeaders',
  hf = 'X-Amz-Expires',
  Ea = 'X-Amz-Signature',
  xa = 'X-Amz-Security-Token';
var Ra = 'authorization',
  wa = ya.toLowerCase(),
  iy = 'date',
  gf = [Ra, wa, iy],
  Sf = Ea.toLowerCase(),
  qr = 'x-amz-content-sha256',
  yf = xa.toLowerCase();
var Ef = {
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
  xf = /^proxy-/,
  Rf = /^sec-/;
var ls = 'AWS4-HMAC-SHA256';
var wf = 'AWS4-HMAC-SHA256-PAYLOAD',
  _f = 'UNSIGNED-PAYLOAD',
  Af = 50,
  _a = 'aws4_request',
  Tf = 3600 * 24 * 7;
var bf = ({ query: t = {} }) => {
  const e = [],
    r = {};
  for (const o in t) {
    if (!w(t, o) || o.toLowerCase() === Sf) continue;
    const s = xe(o);
    e.push(s);
    const n = t[o];
    typeof n == 'string'
      ? (r[s] = `${s}=${xe(n)}`)
      : Array.isArray(n) &&
        (r[s] = n
          .slice(0)
          .reduce((i, a) => i.concat([`${s}=${xe(a)}`]), [])
          .sort()
          .join('&'));
  }
  return e
    .sort()
    .map((o) => r[o])
    .filter((o) => o)
    .join('&');
};
var vf = (t) =>
    ay(t)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
  ay = (t) =>
    typeof t == 'number'
      ? new Date(t * 1e3)
      : typeof t == 'string'
        ? Number(t)
          ? new Date(Number(t) * 1e3)
          : new Date(t)
        : t;
var ds = class {
  service;
  regionProvider;
  credentialProvider;
  sha256;
  uriEscapePath;
  applyChecksum;
  constructor({ applyChecksum: e, credentials: r, region: o, service: s, sha256: n, uriEscapePath: i = !0 }) {
    (this.service = s),
      (this.sha256 = n),
      (this.uriEscapePath = i),
      (this.applyChecksum = typeof e == 'boolean' ? e : !0),
      (this.regionProvider = z(o)),
      (this.credentialProvider = z(r));
  }
  createCanonicalRequest(e, r, o) {
    const s = Object.keys(r).sort();
    return `${e.method}
${this.getCanonicalPath(e)}
${bf(e)}
${s
  .map((n) => `${n}:${r[n]}`)
  .join(`
`)}

${s.join(';')}
${o}`;
  }
  async createStringToSign(e, r, o, s) {
    const n = new this.sha256();
    n.update(j(o));
    const i = await n.digest();
    return `${s}
${e}
${r}
${B(i)}`;
  }
  getCanonicalPath({ path: e }) {
    if (this.uriEscapePath) {
      const r = [];
      for (const n of e.split('/')) n?.length !== 0 && n !== '.' && (n === '..' ? r.pop() : r.push(n));
      const o = `${e?.startsWith('/') ? '/' : ''}${r.join('/')}${r.length > 0 && e?.endsWith('/') ? '/' : ''}`;
      return xe(o).replace(/%2F/g, '/');
    }
    return e;
  }
  validateResolvedCredentials(e) {
    if (typeof e != 'object' || typeof e.accessKeyId != 'string' || typeof e.secretAccessKey != 'string')
      throw new Error('Resolved credential object is not valid');
  }
  formatDate(e) {
    const r = vf(e).replace(/[-:]/g, '');
    return { longDate: r, shortDate: r.slice(0, 8) };
  }
  getCanonicalHeaderList(e) {
    return Object.keys(e).sort().join(';');
  }
};
A();
var ps = {},
  Aa = [],
  fs = (t, e, r) => `${t}/${e}/${r}/${_a}`,
  Cf = async (t, e, r, o, s) => {
    const n = await If(t, e.secretAccessKey, e.accessKeyId),
      i = `${r}:${o}:${s}:${B(n)}:${e.sessionToken}`;
    if (i in ps) return ps[i];
    for (Aa.push(i); Aa.length > Af; ) delete ps[Aa.shift()];
    let a = `AWS4${e.secretAccessKey}`;
    for (const c of [r, o, s, _a]) a = await If(t, a, c);
    return (ps[i] = a);
  };
var If = (t, e, r) => {
  const o = new t(e);
  return (o.update(j(r)), o.digest());
};
A();
var Ta = ({ headers: t }, e, r) => {
  const o = {};
  for (const s of Object.keys(t).sort()) {
    if (t[s] == null) continue;
    const n = s.toLowerCase();
    ((w(Ef, n) || e?.has(n) || xf.test(n) || Rf.test(n)) && (!r || (r && !r.has(n)))) ||
      (n === '__proto__' && Pe(o),
      (o[n] = t[s]
        .replace(/[\r\n]/g, ' ')
        .replace(/[ \t]+/g, ' ')
        .replace(/^ | $/g, '')));
  }
  return o;
};
A();
A();
var ms = async ({ headers: t, body: e }, r) => {
  for (const o in t) if (w(t, o) && o.toLowerCase() === qr) return t[o];
  if (e == null) return 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  if (typeof e == 'string' || ArrayBuffer.isView(e) || zt(e)) {
    const o = new r();
    return (o.update(j(e)), B(await o.digest()));
  }
  return _f;
};
A();
var Nf = (t, e) => {
  t = t.toLowerCase();
  for (const r in e) if (w(e, r) && t === r.toLowerCase()) return !0;
  return !1;
};
A();
var Mf = (t, e = {}) => {
  const { headers: r, query: o = {} } = P.clone(t);
  for (const s in r) {
    if (!w(r, s)) continue;
    const n = s.toLowerCase();
    ((n.slice(0, 6) === 'x-amz-' && !e.unhoistableHeaders?.has(n)) || e.hoistableHeaders?.has(n)) &&
      ((o[s] = r[s]), delete r[s]);
  }
  return { ...t, headers: r, query: o };
};
A();
var ba = (t) => {
  t = P.clone(t);
  for (const e in t.headers) w(t.headers, e) && gf.indexOf(e.toLowerCase()) > -1 && delete t.headers[e];
  return t;
};
var $t = class extends ds {
  headerFormatter = new us();
  constructor({ applyChecksum: e, credentials: r, region: o, service: s, sha256: n, uriEscapePath: i = !0 }) {
    super({ applyChecksum: e, credentials: r, region: o, service: s, sha256: n, uriEscapePath: i });
  }
  async presign(e, r = {}) {
    const {
        signingDate: o = new Date(),
        expiresIn: s = 3600,
        unsignableHeaders: n,
        unhoistableHeaders: i,
        signableHeaders: a,
        hoistableHeaders: c,
        signingRegion: u,
        signingService: d,
      } = r,
      l = await this.credentialProvider();
    this.validateResolvedCredentials(l);
    const p = u ?? (await this.regionProvider()),
      { longDate: m, shortDate: h } = this.formatDate(o);
    if (s > Tf)
      return Promise.reject(
        'Signature version 4 presigned URLs must have an expiration date less than one week in the future',
      );
    const S = fs(h, p, d ?? this.service),
      g = Mf(ba(e), { unhoistableHeaders: i, hoistableHeaders: c });
    l.sessionToken && (g.query[xa] = l.sessionToken),
      (g.query[pf] = ls),
      (g.query[ff] = `${l.accessKeyId}/${S}`),
      (g.query[ya] = m),
      (g.query[hf] = s.toString(10));
    const y = Ta(g, n, a);
    return (
      (g.query[mf] = this.getCanonicalHeaderList(y)),
      (g.query[Ea] = await this.getSignature(
        m,
        S,
        this.getSigningKey(l, p, h, d),
        this.createCanonicalRequest(g, y, await ms(e, this.sha256)),
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
      signingDate: o = new Date(),
      priorSignature: s,
      signingRegion: n,
      signingService: i,
      eventStreamCredentials: a,
    },
  ) {
    const c = n ?? (await this.regionProvider()),
      { shortDate: u, longDate: d } = this.formatDate(o),
      l = fs(u, c, i ?? this.service),
      p = await ms({ headers: {}, body: r }, this.sha256),
      m = new this.sha256();
    m.update(e);
    const h = B(await m.digest()),
      S = [wf, d, l, s, h, p].join(`
`);
    return this.signString(S, {
      signingDate: o,
      signingRegion: c,
      signingService: i,
      eventStreamCredentials: a,
    });
  }
  async signMessage(
    e,
    { signingDate: r = new Date(), signingRegion: o, signingService: s, eventStreamCredentials: n },
  ) {
    return this.signEvent(
      { headers: this.headerFormatter.format(e.message.headers), payload: e.message.body },
      {
        signingDate: r,
        signingRegion: o,
        signingService: s,
        priorSignature: e.priorSignature,
        eventStreamCredentials: n,
      },
    ).then((a) => ({ message: e.message, signature: a }));
  }
  async signString(
    e,
    { signingDate: r = new Date(), signingRegion: o, signingService: s, eventStreamCredentials: n } = {},
  ) {
    const i = n ?? (await this.credentialProvider());
    this.validateResolvedCredentials(i);
    const a = o ?? (await this.regionProvider()),
      { shortDate: c } = this.formatDate(r),
      u = new this.sha256(await this.getSigningKey(i, a, c, s));
    return (u.update(j(e)), B(await u.digest()));
  }
  async signRequest(
    e,
    {
      signingDate: r = new Date(),
      signableHeaders: o,
      unsignableHeaders: s,
      signingRegion: n,
      signingService: i,
    } = {},
  ) {
    const a = await this.credentialProvider();
    this.validateResolvedCredentials(a);
    const c = n ?? (await this.regionProvider()),
      u = ba(e),
      { longDate: d, shortDate: l } = this.formatDate(r),
      p = fs(l, c, i ?? this.service);
    (u.headers[wa] = d), a.sessionToken && (u.headers[yf] = a.sessionToken);
    const m = await ms(u, this.sha256);
    !Nf(qr, u.headers) && this.applyChecksum && (u.headers[qr] = m);
    const h = Ta(u, s, o),
      S = await this.getSignature(d, p, this.getSigningKey(a, c, l, i), this.createCanonicalRequest(u, h, m));
    return (
      (u.headers[Ra] =
        `${ls} Credential=${a.accessKeyId}/${p}, SignedHeaders=${this.getCanonicalHeaderList(h)}, Signature=${S}`),
      u
    );
  }
  async getSignature(e, r, o, s) {
    const n = await this.createStringToSign(e, r, s, ls),
      i = new this.sha256(await o);
    return (i.update(j(n)), B(await i.digest()));
  }
  getSigningKey(e, r, o, s) {
    return Cf(this.sha256, e, o, r, s || this.service);
  }
};
var va = (t) => (e) => {
  let r = e.credentials,
    o = !!e.credentials,
    s;
  Object.defineProperty(e, 'credentials', {
    set(d) {
      d && d !== r && d !== s && (o = !0), (r = d);
      const l = cy(e, { credentials: r, credentialDefaultProvider: e.credentialDefaultProvider }),
        p = uy(e, l);
      if (o && !p.attributed) {
        const m = typeof r == 'object' && r !== null;
        (s = async (h) => {
          const g = await p(h);
          return m && (!g.$source || Object.keys(g.$source).length === 0)
            ? qt(g, 'CREDENTIALS_CODE', 'e')
            : g;
        }),
          (s.memoized = p.memoized),
          (s.configBound = p.configBound),
          (s.attributed = !0);
      } else s = p;
    },
    get() {
      return s;
    },
    enumerable: !0,
    configurable: !0,
  }),
    (e.credentials = r);
  let { signingEscapePath: n = !0, systemClockOffset: i = e.systemClockOffset || 0, sha256: a } = e,
    c;
  return (
    e.signer
      ? (c = De(e.signer))
      : e.regionInfoProvider
        ? (c = () =>
            De(e.region)()
              .then(async (d) => [
                (await e.regionInfoProvider(d, {
                  useFipsEndpoint: await e.useFipsEndpoint(),
                  useDualstackEndpoint: await e.useDualstackEndpoint(),
                })) || {},
                d,
              ])
              .then(([d, l]) => {
                const { signingRegion: p, signingService: m } = d;
                (e.signingRegion = e.signingRegion || p || l),
                  (e.signingName = e.signingName || m || e.serviceId);
                const h = {
                    ...e,
                    credentials: e.credentials,
                    region: e.signingRegion,
                    service: e.signingName,
                    sha256: a,
                    uriEscapePath: n,
                  },
                  S = e.signerConstructor || $t;
                return new S(h);
              }))
        : (c = async (d) => {
            d = Object.assign(
              {},
              {
                name: 'sigv4',
                signingName: e.signingName || e.defaultSigningName,
                signingRegion: await De(e.region)(),
                properties: {},
              },
              d,
            );
            const l = d.signingRegion,
              p = d.signingName;
            (e.signingRegion = e.signingRegion || l), (e.signingName = e.signingName || p || e.serviceId);
            const m = {
                ...e,
                credentials: e.credentials,
                region: e.signingRegion,
                service: e.signingName,
                sha256: a,
                uriEscapePath: n,
              },
              h = e.signerConstructor || $t;
            return new h(m);
          }),
    Object.assign(e, {
      systemClockOffset: i,
      signingEscapePath: n,
      signer: c,
      disableClockSkewCorrection: De(e.disableClockSkewCorrection ?? t),
    })
  );
};
function cy(t, { credentials: e, credentialDefaultProvider: r }) {
  let o;
  return (
    e
      ? e?.memoized
        ? (o = e)
        : (o = Wo(e, Qo, Mr))
      : r
        ? (o = De(r(Object.assign({}, t, { parentClientConfig: t }))))
        : (o = async () => {
            throw new Error(
              '@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.',
            );
          }),
    (o.memoized = !0),
    o
  );
}
function uy(t, e) {
  if (e.configBound) return e;
  const r = async (o) => e({ ...o, callerClientConfig: t });
  return ((r.memoized = e.memoized), (r.configBound = !0), r);
}
Te();
Te();
var dy = 'AWS_DISABLE_CLOCK_SKEW_CORRECTION',
  py = 'disable_clock_skew_correction',
  Of = {
    environmentVariableSelector: (t) => ae(t, dy, se.ENV),
    configFileSelector: (t) => ae(t, py, se.CONFIG),
    default: !1,
  };
var Pf = L(Of);
var hs = va(Pf);
q();
var Df = async (t, e, r) => ({
  operation: Y(e).operation,
  region:
    (await z(t.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});
function fy(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'sqs', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
var Lf = (t) => {
    const e = [];
    switch (t.operation) {
      default:
        e.push(fy(t));
    }
    return e;
  },
  kf = (t) => {
    const e = hs(t);
    return Object.assign(e, { authSchemePreference: z(t.authSchemePreference ?? []) });
  };
var Uf = (t) =>
    Object.assign(t, {
      useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
      useFipsEndpoint: t.useFipsEndpoint ?? !1,
      defaultSigningName: 'sqs',
    }),
  $f = {
    UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
    Endpoint: { type: 'builtInParams', name: 'endpoint' },
    Region: { type: 'builtInParams', name: 'region' },
    UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
  };
var Bf = {
  name: '@aws-sdk/client-sqs',
  version: '3.1175.0',
  description: 'AWS SDK for JavaScript Sqs Client for Node.js, Browser and React Native',
  homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-sqs',
  license: 'Apache-2.0',
  author: { name: 'AWS SDK for JavaScript Team', url: 'https://aws.amazon.com/sdk-for-javascript/' },
  repository: {
    type: 'git',
    url: 'https://github.com/aws/aws-sdk-js-v3.git',
    directory: 'clients/client-sqs',
  },
  files: ['dist-*/**'],
  sideEffects: !1,
  main: './dist-cjs/index.js',
  module: './dist-es/index.js',
  browser: { './dist-es/runtimeConfig': './dist-es/runtimeConfig.browser' },
  types: './dist-types/index.d.ts',
  typesVersions: { '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'] } },
  'react-native': { './dist-es/runtimeConfig': './dist-es/runtimeConfig.native' },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    'build:cjs': 'node ../../scripts/compilation/inline',
    'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
    'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
    'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
    'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
    clean: 'premove dist-cjs dist-es dist-types',
    'extract:docs': 'api-extractor run --local',
    'generate:client': 'node ../../scripts/generate-clients/single-service',
    test: 'yarn g:vitest run --passWithNoTests',
    'test:watch': 'yarn g:vitest watch --passWithNoTests',
    'test:integration': 'yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts',
    'test:integration:watch': 'yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts',
    'test:e2e': 'yarn g:vitest run -c vitest.config.e2e.mts',
    'test:e2e:watch': 'yarn g:vitest watch -c vitest.config.e2e.mts',
    'test:browser': 'yarn g:vitest run -c vitest.config.browser.e2e.mts',
    'test:browser:watch': 'yarn g:vitest watch -c vitest.config.browser.e2e.mts',
    'test:index': 'tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs',
  },
  dependencies: {
    '@aws-sdk/core': '^3.981.1',
    '@aws-sdk/credential-provider-node': '^3.972.98',
    '@aws-sdk/middleware-sdk-sqs': '^3.972.50',
    '@aws-sdk/types': '^3.975.1',
    '@smithy/core': '^3.40.0',
    '@smithy/fetch-http-handler': '^5.8.1',
    '@smithy/node-http-handler': '^4.14.2',
    '@smithy/types': '^4.20.0',
    tslib: '^2.6.2',
  },
  devDependencies: {
    '@smithy/snapshot-testing': '^2.4.0',
    '@tsconfig/node20': '20.1.8',
    '@types/node': '^20.14.8',
    concurrently: '7.0.0',
    'downlevel-dts': '0.10.1',
    premove: '4.0.0',
    typescript: '~7.0.2',
    vitest: '^4.0.17',
  },
  engines: { node: '>=20.0.0' },
};
Te();
var Ff = 'AWS_ACCESS_KEY_ID',
  Hf = 'AWS_SECRET_ACCESS_KEY',
  Vf = 'AWS_SESSION_TOKEN',
  qf = 'AWS_CREDENTIAL_EXPIRATION',
  jf = 'AWS_CREDENTIAL_SCOPE',
  zf = 'AWS_ACCOUNT_ID',
  Ia = (t) => async () => {
    t?.logger?.debug('@aws-sdk/credential-provider-env - fromEnv');
    const e = process.env[Ff],
      r = process.env[Hf],
      o = process.env[Vf],
      s = process.env[qf],
      n = process.env[jf],
      i = process.env[zf];
    if (e && r) {
      const a = {
        accessKeyId: e,
        secretAccessKey: r,
        ...(o && { sessionToken: o }),
        ...(s && { expiration: new Date(s) }),
        ...(n && { credentialScope: n }),
        ...(i && { accountId: i }),
      };
      return (qt(a, 'CREDENTIALS_ENV_VARS', 'g'), a);
    }
    throw new Ne('Unable to find environment variable credentials.', { logger: t?.logger });
  };
var gs = (t) => Ia(t);
q();
Te();
A();
A();
function Ca(t) {
  const e = t && typeof t == 'object' && 'reason' in t ? t.reason : void 0;
  if (e) {
    if (e instanceof Error) {
      const s = new Error('Request aborted');
      return ((s.name = 'AbortError'), (s.cause = e), s);
    }
    const o = new Error(String(e));
    return ((o.name = 'AbortError'), o);
  }
  const r = new Error('Request aborted');
  return ((r.name = 'AbortError'), r);
}
var Gf = ['ECONNRESET', 'EPIPE', 'ETIMEDOUT'];
A();
var Qf = (t) => {
  const e = {};
  for (const r in t) {
    if (!w(t, r)) continue;
    const o = t[r];
    e[r] = Array.isArray(o) ? o.join(',') : o;
  }
  return e;
};

import jr from 'node:https';

var F = { setTimeout: (t, e) => setTimeout(t, e), clearTimeout: (t) => clearTimeout(t) };
var Wf = 1e3,
  Kf = (t, e, r = 0) => {
    if (!r) return -1;
    const o = (s) => {
      const n = F.setTimeout(() => {
          t.destroy(),
            e(
              Object.assign(
                new Error(
                  `@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`,
                ),
                { name: 'TimeoutError' },
              ),
            );
        }, r - s),
        i = (a) => {
          a?.connecting
            ? a.on('connect', () => {
                F.clearTimeout(n);
              })
            : F.clearTimeout(n);
        };
      t.socket ? i(t.socket) : t.on('socket', i);
    };
    return r < 2e3 ? (o(0), 0) : F.setTimeout(o.bind(null, Wf), Wf);
  };
var Jf = (t, e, r = 0, o, s) =>
  r
    ? F.setTimeout(() => {
        let n = `@smithy/node-http-handler - [${o ? 'ERROR' : 'WARN'}] a request has exceeded the configured ${r} ms requestTimeout.`;
        if (o) {
          const i = Object.assign(new Error(n), { name: 'TimeoutError', code: 'ETIMEDOUT' });
          t.destroy(i), e(i);
        } else
          (n += ' Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.'),
            s?.warn?.(n);
      }, r)
    : -1;
var hy = 3e3,
  Xf = (t, { keepAlive: e, keepAliveMsecs: r }, o = hy) => {
    if (e !== !0) return -1;
    const s = () => {
      t.socket
        ? t.socket.setKeepAlive(e, r || 0)
        : t.on('socket', (n) => {
            n.setKeepAlive(e, r || 0);
          });
    };
    return o === 0 ? (s(), 0) : F.setTimeout(s, o);
  };
var Ss = (t) => {
  const e = t?.defaultSocketTimeout;
  return typeof e == 'number' && Number.isFinite(e) && e > 0 ? e : void 0;
};
var gy = 3e3,
  Na = (t, e, r = 0, o = !1) => {
    if (!Number.isFinite(r) || r <= 0) return;
    let s;
    t.once('response', (c) => (s = c));
    const n = () => {
        if (s?.complete) {
          t.socket?.destroy();
          return;
        }
        const c = Object.assign(
          new Error(
            `@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o ? 'service default socket timeout' : 'configured by client requestHandler'}).`,
          ),
          { name: 'TimeoutError' },
        );
        s?.destroy(c), t.destroy(), e(c);
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
    const a = F.setTimeout(i, gy);
    t.once('close', () => F.clearTimeout(a));
  };

import { Readable as Sy } from 'node:stream';

var Yf = 6e3;
async function Zf(t, e, r = Yf, o = !1) {
  let s = e.headers,
    n = s ? s.Expect || s.expect : void 0,
    i = -1,
    a = !0;
  !o &&
    n === '100-continue' &&
    (a = await Promise.race([
      new Promise((c) => {
        i = Number(F.setTimeout(() => c(!0), Math.max(Yf, r)));
      }),
      new Promise((c) => {
        t.on('continue', () => {
          F.clearTimeout(i), c(!0);
        }),
          t.on('response', () => {
            F.clearTimeout(i), c(!1);
          }),
          t.on('error', () => {
            F.clearTimeout(i), c(!1);
          });
      }),
    ])),
    a && yy(t, e.body);
}
function yy(t, e) {
  if (e instanceof Sy) {
    e.pipe(t);
    return;
  }
  if (e) {
    const r = Buffer.isBuffer(e);
    if (r || typeof e == 'string') {
      r && e.byteLength === 0 ? t.end() : t.end(e);
      return;
    }
    const s = e;
    if (
      typeof s == 'object' &&
      s.buffer &&
      typeof s.byteOffset == 'number' &&
      typeof s.byteLength == 'number'
    ) {
      t.end(Buffer.from(s.buffer, s.byteOffset, s.byteLength));
      return;
    }
    t.end(Buffer.from(e));
    return;
  }
  t.end();
}
var ys,
  em,
  pt = class t {
    config;
    configProvider;
    socketWarningTimestamp = 0;
    externalAgent = !1;
    metadata = { handlerProtocol: 'http/1.1' };
    static create(e) {
      return typeof e?.handle == 'function' ? e : new t(e);
    }
    static checkSocketUsage(e, r, o = console) {
      const { sockets: s, requests: n, maxSockets: i } = e;
      if (typeof i != 'number' || i === 1 / 0 || Date.now() - 15e3 < r) return r;
      if (s && n)
        for (const c in s) {
          if (!w(s, c)) continue;
          const u = s[c]?.length ?? 0,
            d = n[c]?.length ?? 0;
          if (u >= i && d >= 2 * i)
            return (
              o?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${u} and ${d} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),
              Date.now()
            );
        }
      return r;
    }
    constructor(e) {
      this.configProvider = new Promise((r, o) => {
        typeof e == 'function'
          ? e()
              .then((s) => {
                r(this.resolveDefaultConfig(s));
              })
              .catch(o)
          : r(this.resolveDefaultConfig(e));
      });
    }
    destroy() {
      this.config?.httpAgent?.destroy(), this.config?.httpsAgent?.destroy();
    }
    async handle(e, { abortSignal: r, requestTimeout: o } = {}) {
      this.config || (this.config = await this.configProvider);
      const s = this.config,
        n = s.logger,
        i = e.protocol === 'https:';
      return (
        !i && !this.config.httpAgent && (this.config.httpAgent = await this.config.httpAgentProvider()),
        new Promise((a, c) => {
          let u,
            d = -1,
            l = -1,
            p = -1,
            m = -1,
            h = () => {
              F.clearTimeout(d), F.clearTimeout(l), F.clearTimeout(p), F.clearTimeout(m);
            },
            S = async (H) => {
              await u, h(), a(H);
            },
            g = async (H) => {
              await u, h(), c(H);
            };
          if (r?.aborted) {
            const H = Ca(r);
            g(H);
            return;
          }
          let y = e.headers,
            x = y ? (y.Expect ?? y.expect) === '100-continue' : !1,
            _ = i ? s.httpsAgent : s.httpAgent;
          x && !this.externalAgent && (_ = new (i ? jr.Agent : ys)({ keepAlive: !1, maxSockets: 1 / 0 })),
            (d = F.setTimeout(
              () => {
                this.socketWarningTimestamp = t.checkSocketUsage(_, this.socketWarningTimestamp, n);
              },
              s.socketAcquisitionWarningTimeout ?? (s.requestTimeout ?? 2e3) + (s.connectionTimeout ?? 1e3),
            ));
          let b = e.query ? Bi(e.query) : '',
            $;
          if (e.username != null || e.password != null) {
            const H = e.username ?? '',
              Le = e.password ?? '';
            $ = `${H}:${Le}`;
          }
          let J = e.path;
          b && (J += `?${b}`), e.fragment && (J += `#${e.fragment}`);
          let ie = e.hostname ?? '';
          ie[0] === '[' && ie.endsWith(']') ? (ie = e.hostname.slice(1, -1)) : (ie = e.hostname);
          const sc = {
              headers: e.headers,
              host: ie,
              method: e.method,
              path: J,
              port: e.port,
              agent: _,
              auth: $,
            },
            ve = (i ? jr.request : em)(sc, (H) => {
              const Le = new re({
                statusCode: H.statusCode || -1,
                reason: H.statusMessage,
                headers: Qf(H.headers),
                body: H,
              });
              S({ response: Le });
            });
          if (
            (ve.on('error', (H) => {
              Gf.includes(H.code) ? g(Object.assign(H, { name: 'TimeoutError' })) : g(H);
            }),
            r)
          ) {
            const H = () => {
              ve.destroy();
              const Le = Ca(r);
              g(Le);
            };
            if (typeof r.addEventListener == 'function') {
              const Le = r;
              Le.addEventListener('abort', H, { once: !0 }),
                ve.once('close', () => Le.removeEventListener('abort', H));
            } else r.onabort = H;
          }
          const nc = o ?? s.requestTimeout;
          (l = Kf(ve, g, s.connectionTimeout)), (p = Jf(ve, g, nc, s.throwOnRequestTimeout, n ?? console));
          const ic = s.socketTimeout === void 0 ? Ss(s) : void 0;
          ic ? Na(ve, g, ic, !0) : Na(ve, g, s.socketTimeout);
          const Jr = sc.agent;
          typeof Jr == 'object' &&
            'keepAlive' in Jr &&
            (m = Xf(ve, { keepAlive: Jr.keepAlive, keepAliveMsecs: Jr.keepAliveMsecs })),
            (u = Zf(ve, e, nc, this.externalAgent).catch((H) => (h(), c(H))));
        })
      );
    }
    updateHttpClientConfig(e, r) {
      (this.config = void 0),
        (this.configProvider = this.configProvider.then((o) => {
          switch (e) {
            case Symbol.for('logger'):
              (e = 'logger'), (r = o.logger ?? r);
              break;
            case Symbol.for('@smithy/defaultSocketTimeout'):
              (e = 'defaultSocketTimeout'), (r = Ss(o) ?? r);
              break;
          }
          return { ...o, [e]: r };
        }));
    }
    httpHandlerConfigs() {
      return this.config ?? {};
    }
    resolveDefaultConfig(e) {
      let {
          requestTimeout: r,
          connectionTimeout: o,
          socketTimeout: s,
          socketAcquisitionWarningTimeout: n,
          httpAgent: i,
          httpsAgent: a,
          throwOnRequestTimeout: c,
          logger: u,
        } = e || {},
        d = !0,
        l = 50,
        p;
      return {
        connectionTimeout: o,
        requestTimeout: r,
        socketTimeout: s,
        defaultSocketTimeout: Ss(e),
        socketAcquisitionWarningTimeout: n,
        throwOnRequestTimeout: c,
        httpAgentProvider: () =>
          (p ??= (async () => {
            const m = await import('node:http'),
              { Agent: h, request: S } = m.default ?? m;
            return (
              (em = S),
              (ys = h),
              i instanceof ys || typeof i?.destroy == 'function'
                ? ((this.externalAgent = !0), i)
                : new ys({ keepAlive: d, maxSockets: l, ...i })
            );
          })()),
        httpsAgent:
          a instanceof jr.Agent || typeof a?.destroy == 'function'
            ? ((this.externalAgent = !0), a)
            : new jr.Agent({ keepAlive: d, maxSockets: l, ...a }),
        logger: u,
      };
    }
  };
A();
q();
ee();
var Es = class {
  queryCompat;
  errorRegistry;
  constructor(e = !1) {
    this.queryCompat = e;
  }
  resolveRestContentType(e, r) {
    const o = r.getMemberSchemas(),
      s = Object.values(o).find((n) => !!n.getMergedTraits().httpPayload);
    if (s) {
      const n = s.getMergedTraits().mediaType;
      return n || (s.isStringSchema() ? 'text/plain' : s.isBlobSchema() ? 'application/octet-stream' : e);
    } else if (
      !r.isUnitSchema() &&
      Object.values(o).find((i) => {
        const {
          httpQuery: a,
          httpQueryParams: c,
          httpHeader: u,
          httpLabel: d,
          httpPrefixHeaders: l,
        } = i.getMergedTraits();
        return !a && !c && !u && !d && l === void 0;
      })
    )
      return e;
  }
  async getErrorSchemaOrThrowBaseException(e, r, o, s, n, i) {
    let a = e;
    e.includes('#') && ([, a] = e.split('#'));
    const c = { $metadata: n, $fault: o.statusCode < 500 ? 'client' : 'server' };
    if (!this.errorRegistry) throw new Error('@aws-sdk/core/protocols - error handler not initialized.');
    try {
      return { errorSchema: i?.(this.errorRegistry, a) ?? this.errorRegistry.getSchema(e), errorMetadata: c };
    } catch {
      s.message = s.message ?? s.Message ?? 'UnknownError';
      const d = this.errorRegistry,
        l = d.getBaseException();
      if (l) {
        const h = d.getErrorCtor(l) ?? Error;
        throw this.decorateServiceException(Object.assign(new h({ name: a }), c), s);
      }
      const p = s,
        m = p?.message ?? p?.Message ?? p?.Error?.Message ?? p?.Error?.message;
      throw this.decorateServiceException(Object.assign(new Error(m), { name: a }, c), s);
    }
  }
  compose(e, r, o) {
    let s = o;
    r.includes('#') && ([s] = r.split('#'));
    const n = Z.for(s),
      i = Z.for('smithy.ts.sdk.synthetic.' + o);
    e.copyFrom(n), e.copyFrom(i), (this.errorRegistry = e);
  }
  decorateServiceException(e, r = {}) {
    if (this.queryCompat) {
      const o = e.Message ?? r.Message,
        s = go(e, r);
      o && (s.message = o);
      const n = s.Error ?? {};
      (n.Type = s.Error?.Type),
        (n.Code = s.Error?.Code),
        (n.Message = s.Error?.message ?? s.Error?.Message ?? o),
        (s.Error = n);
      const i = s.$metadata.requestId;
      return (i && (s.RequestId = i), s);
    }
    return go(e, r);
  }
  setQueryCompatError(e, r) {
    const o = r.headers?.['x-amzn-query-error'];
    if (e !== void 0 && o != null) {
      const [s, n] = o.split(';'),
        i = Object.keys(e),
        a = { Code: s, Type: n };
      (e.Code = s), (e.Type = n);
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
      return e.find((s) => I.of(s).getMergedTraits().awsQueryError?.[0] === r);
    }
  }
};
ee();
var Bt = class extends Rr {
  serializer;
  deserializer;
  serviceTarget;
  codec;
  mixin;
  awsQueryCompatible;
  constructor({
    defaultNamespace: e,
    errorTypeRegistries: r,
    serviceTarget: o,
    awsQueryCompatible: s,
    jsonCodec: n,
  }) {
    super({ defaultNamespace: e, errorTypeRegistries: r }),
      (this.serviceTarget = o),
      (this.codec = n ?? new br({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 })),
      (this.serializer = this.codec.createSerializer()),
      (this.deserializer = this.codec.createDeserializer()),
      (this.awsQueryCompatible = !!s),
      (this.mixin = new Es(this.awsQueryCompatible));
  }
  async serializeRequest(e, r, o) {
    const s = await super.serializeRequest(e, r, o);
    return (
      s.path.endsWith('/') || (s.path += '/'),
      (s.headers['content-type'] = `application/x-amz-json-${this.getJsonRpcVersion()}`),
      (s.headers['x-amz-target'] = `${this.serviceTarget}.${e.name}`),
      this.awsQueryCompatible && (s.headers['x-amzn-query-mode'] = 'true'),
      (tt(e.input) === 'unit' || !s.body) && (s.body = '{}'),
      s
    );
  }
  getPayloadCodec() {
    return this.codec;
  }
  async handleError(e, r, o, s, n) {
    const { awsQueryCompatible: i } = this;
    i && this.mixin.setQueryCompatError(s, o);
    const a = ji(o, s, i) ?? 'Unknown';
    this.mixin.compose(this.compositeErrorRegistry, a, this.options.defaultNamespace);
    const { errorSchema: c, errorMetadata: u } = await this.mixin.getErrorSchemaOrThrowBaseException(
        a,
        this.options.defaultNamespace,
        o,
        s,
        n,
        i ? this.mixin.findQueryCompatibleError : void 0,
      ),
      d = I.of(c),
      l = s.message ?? s.Message ?? 'UnknownError',
      p = this.compositeErrorRegistry.getErrorCtor(c) ?? Error,
      m = new p({}),
      h = {},
      S = this.codec.createDeserializer();
    for (const [g, y] of d.structIterator()) s[g] != null && (h[g] = S.readObject(y, s[g]));
    throw (
      i && this.mixin.queryCompatOutput(s, h),
      this.mixin.decorateServiceException(
        Object.assign(m, u, { $fault: d.getMergedTraits().error, message: l }, h),
        s,
      )
    );
  }
};
var zr = class extends Bt {
  constructor({
    defaultNamespace: e,
    errorTypeRegistries: r,
    serviceTarget: o,
    awsQueryCompatible: s,
    jsonCodec: n,
  }) {
    super({
      defaultNamespace: e,
      errorTypeRegistries: r,
      serviceTarget: o,
      awsQueryCompatible: s,
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
var Gr = class extends Bt {
  constructor({
    defaultNamespace: e,
    errorTypeRegistries: r,
    serviceTarget: o,
    awsQueryCompatible: s,
    jsonCodec: n,
  }) {
    super({
      defaultNamespace: e,
      errorTypeRegistries: r,
      serviceTarget: o,
      awsQueryCompatible: s,
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
yr();
q();
A();
fe();
fe();
var Qr = 'ref',
  ft = -1,
  xs = !0,
  tm = 'isSet',
  nm = 'PartitionResult',
  Rs = 'booleanEquals',
  Ma = 'getAttr',
  rm = { [Qr]: 'Endpoint' },
  Oa = { [Qr]: nm },
  Ft = {},
  om = [{ [Qr]: 'Region' }],
  sm = {
    conditions: [
      [tm, [rm]],
      [tm, om],
      ['aws.partition', om, nm],
      [Rs, [{ [Qr]: 'UseFIPS' }, xs]],
      [Rs, [{ [Qr]: 'UseDualStack' }, xs]],
      [Rs, [{ fn: Ma, argv: [Oa, 'supportsDualStack'] }, xs]],
      [Rs, [{ fn: Ma, argv: [Oa, 'supportsFIPS'] }, xs]],
      ['stringEquals', [{ fn: Ma, argv: [Oa, 'name'] }, 'aws-us-gov']],
    ],
    results: [
      [ft],
      [ft, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [ft, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [rm, Ft],
      ['https://sqs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', Ft],
      [ft, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://sqs.{Region}.amazonaws.com', Ft],
      ['https://sqs-fips.{Region}.{PartitionResult#dnsSuffix}', Ft],
      [ft, 'FIPS is enabled but this partition does not support FIPS'],
      ['https://sqs.{Region}.{PartitionResult#dualStackDnsSuffix}', Ft],
      [ft, 'DualStack is enabled but this partition does not support DualStack'],
      ['https://sqs.{Region}.{PartitionResult#dnsSuffix}', Ft],
      [ft, 'Invalid Configuration: Missing Region'],
    ],
  },
  Ey = 2,
  ne = 1e8,
  xy = new Int32Array([
    -1,
    1,
    -1,
    0,
    13,
    3,
    1,
    4,
    ne + 12,
    2,
    5,
    ne + 12,
    3,
    8,
    6,
    4,
    7,
    ne + 11,
    5,
    ne + 9,
    ne + 10,
    4,
    11,
    9,
    6,
    10,
    ne + 8,
    7,
    ne + 6,
    ne + 7,
    5,
    12,
    ne + 5,
    6,
    ne + 4,
    ne + 5,
    3,
    ne + 1,
    14,
    4,
    ne + 2,
    ne + 3,
  ]),
  im = st.from(xy, Ey, sm.conditions, sm.results);
var Ry = new nt({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] }),
  am = (t, e = {}) => Ry.get(t, () => gr(im, { endpointParams: t, logger: e.logger }));
Oe.aws = kt;
ee();
q();
var v = class t extends rt {
  static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.sqs#SQSServiceException';
  constructor(e) {
    super(e), Object.setPrototypeOf(this, t.prototype);
  }
};
var ws = class t extends v {
    static shapeId = 'com.amazonaws.sqs#InvalidAddress';
    name = 'InvalidAddress';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidAddress', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  _s = class t extends v {
    static shapeId = 'com.amazonaws.sqs#InvalidSecurity';
    name = 'InvalidSecurity';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidSecurity', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  As = class t extends v {
    static shapeId = 'com.amazonaws.sqs#OverLimit';
    name = 'OverLimit';
    $fault = 'client';
    constructor(e) {
      super({ name: 'OverLimit', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ts = class t extends v {
    static shapeId = 'com.amazonaws.sqs#QueueDoesNotExist';
    name = 'QueueDoesNotExist';
    $fault = 'client';
    constructor(e) {
      super({ name: 'QueueDoesNotExist', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  bs = class t extends v {
    static shapeId = 'com.amazonaws.sqs#RequestThrottled';
    name = 'RequestThrottled';
    $fault = 'client';
    constructor(e) {
      super({ name: 'RequestThrottled', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  vs = class t extends v {
    static shapeId = 'com.amazonaws.sqs#UnsupportedOperation';
    name = 'UnsupportedOperation';
    $fault = 'client';
    constructor(e) {
      super({ name: 'UnsupportedOperation', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Is = class t extends v {
    static shapeId = 'com.amazonaws.sqs#ResourceNotFoundException';
    name = 'ResourceNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ResourceNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Cs = class t extends v {
    static shapeId = 'com.amazonaws.sqs#MessageNotInflight';
    name = 'MessageNotInflight';
    $fault = 'client';
    constructor(e) {
      super({ name: 'MessageNotInflight', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ns = class t extends v {
    static shapeId = 'com.amazonaws.sqs#ReceiptHandleIsInvalid';
    name = 'ReceiptHandleIsInvalid';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ReceiptHandleIsInvalid', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ms = class t extends v {
    static shapeId = 'com.amazonaws.sqs#BatchEntryIdsNotDistinct';
    name = 'BatchEntryIdsNotDistinct';
    $fault = 'client';
    constructor(e) {
      super({ name: 'BatchEntryIdsNotDistinct', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Os = class t extends v {
    static shapeId = 'com.amazonaws.sqs#EmptyBatchRequest';
    name = 'EmptyBatchRequest';
    $fault = 'client';
    constructor(e) {
      super({ name: 'EmptyBatchRequest', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ps = class t extends v {
    static shapeId = 'com.amazonaws.sqs#InvalidBatchEntryId';
    name = 'InvalidBatchEntryId';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidBatchEntryId', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ds = class t extends v {
    static shapeId = 'com.amazonaws.sqs#TooManyEntriesInBatchRequest';
    name = 'TooManyEntriesInBatchRequest';
    $fault = 'client';
    constructor(e) {
      super({ name: 'TooManyEntriesInBatchRequest', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ls = class t extends v {
    static shapeId = 'com.amazonaws.sqs#InvalidAttributeName';
    name = 'InvalidAttributeName';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidAttributeName', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  ks = class t extends v {
    static shapeId = 'com.amazonaws.sqs#InvalidAttributeValue';
    name = 'InvalidAttributeValue';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidAttributeValue', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Us = class t extends v {
    static shapeId = 'com.amazonaws.sqs#QueueDeletedRecently';
    name = 'QueueDeletedRecently';
    $fault = 'client';
    constructor(e) {
      super({ name: 'QueueDeletedRecently', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  $s = class t extends v {
    static shapeId = 'com.amazonaws.sqs#QueueNameExists';
    name = 'QueueNameExists';
    $fault = 'client';
    constructor(e) {
      super({ name: 'QueueNameExists', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Bs = class t extends v {
    static shapeId = 'com.amazonaws.sqs#InvalidIdFormat';
    name = 'InvalidIdFormat';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidIdFormat', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Fs = class t extends v {
    static shapeId = 'com.amazonaws.sqs#PurgeQueueInProgress';
    name = 'PurgeQueueInProgress';
    $fault = 'client';
    constructor(e) {
      super({ name: 'PurgeQueueInProgress', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Hs = class t extends v {
    static shapeId = 'com.amazonaws.sqs#KmsAccessDenied';
    name = 'KmsAccessDenied';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsAccessDenied', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Vs = class t extends v {
    static shapeId = 'com.amazonaws.sqs#KmsDisabled';
    name = 'KmsDisabled';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsDisabled', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  qs = class t extends v {
    static shapeId = 'com.amazonaws.sqs#KmsInvalidKeyUsage';
    name = 'KmsInvalidKeyUsage';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsInvalidKeyUsage', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  js = class t extends v {
    static shapeId = 'com.amazonaws.sqs#KmsInvalidState';
    name = 'KmsInvalidState';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsInvalidState', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  zs = class t extends v {
    static shapeId = 'com.amazonaws.sqs#KmsNotFound';
    name = 'KmsNotFound';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsNotFound', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Gs = class t extends v {
    static shapeId = 'com.amazonaws.sqs#KmsOptInRequired';
    name = 'KmsOptInRequired';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsOptInRequired', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Qs = class t extends v {
    static shapeId = 'com.amazonaws.sqs#KmsThrottled';
    name = 'KmsThrottled';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsThrottled', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ws = class t extends v {
    static shapeId = 'com.amazonaws.sqs#InvalidMessageContents';
    name = 'InvalidMessageContents';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidMessageContents', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ks = class t extends v {
    static shapeId = 'com.amazonaws.sqs#BatchRequestTooLong';
    name = 'BatchRequestTooLong';
    $fault = 'client';
    constructor(e) {
      super({ name: 'BatchRequestTooLong', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  };
var wy = 'Actions',
  _y = 'ActionName',
  Ay = 'ApproximateNumberOfMessagesMoved',
  Ty = 'ApproximateNumberOfMessagesToMove',
  um = 'AttributeNames',
  Pa = 'AttributeName';
var by = 'AddPermissionRequest',
  vy = 'AWSAccountIds',
  Iy = 'AWSAccountId',
  Js = 'Attributes',
  Xs = 'Attribute',
  Cy = 'Body',
  Ny = 'BatchEntryIdsNotDistinct',
  My = 'BinaryList',
  lm = 'BinaryListValues',
  Da = 'BinaryListValue',
  Ys = 'BatchResultErrorEntry',
  Oy = 'BatchResultErrorEntryList',
  Py = 'BatchRequestTooLong',
  dm = 'BinaryValue',
  Dy = 'Code';
var Ly = 'ChangeMessageVisibilityBatchRequest',
  pm = 'ChangeMessageVisibilityBatchRequestEntry',
  ky = 'ChangeMessageVisibilityBatchRequestEntryList',
  Uy = 'ChangeMessageVisibilityBatchResultEntryList',
  fm = 'ChangeMessageVisibilityBatchResultEntry',
  $y = 'ChangeMessageVisibilityBatchResult';
var By = 'CreateQueueRequest';
var Fy = 'DestinationArn';
var Hy = 'DeleteMessageBatchRequest',
  mm = 'DeleteMessageBatchRequestEntry',
  Vy = 'DeleteMessageBatchRequestEntryList',
  qy = 'DeleteMessageBatchResultEntryList',
  hm = 'DeleteMessageBatchResultEntry',
  jy = 'DeleteMessageBatchResult';
var gm = 'DelaySeconds',
  Sm = 'DataType',
  La = 'Entries',
  zy = 'EmptyBatchRequest',
  ka = 'Failed',
  Gy = 'FailureReason';
var Qy = 'GetQueueAttributesRequest',
  Wy = 'GetQueueAttributesResult';
var mt = 'Id',
  Ky = 'InvalidAddress',
  Jy = 'InvalidAttributeName',
  Xy = 'InvalidAttributeValue',
  Yy = 'InvalidBatchEntryId',
  Zy = 'InvalidIdFormat',
  eE = 'InvalidMessageContents',
  tE = 'InvalidSecurity',
  rE = 'Key',
  oE = 'KmsAccessDenied',
  sE = 'KmsDisabled',
  nE = 'KmsInvalidKeyUsage',
  iE = 'KmsInvalidState',
  aE = 'KmsNotFound',
  cE = 'KmsOptInRequired',
  uE = 'KmsThrottled',
  lE = 'Label';
var dE = 'ListDeadLetterSourceQueuesResult';
var ym = 'ListMessageMoveTasksResultEntry',
  pE = 'ListMessageMoveTasksResultEntryList',
  cm = 'ListMessageMoveTasksResult';
var fE = 'ListQueuesResult';
var mE = 'ListQueueTagsResult',
  Ua = 'Message',
  $a = 'MessageAttributes',
  hE = 'MessageAttributeNames',
  gE = 'MessageAttributeName',
  SE = 'MessageAttributeValue',
  Ba = 'MessageAttribute',
  Em = 'MessageBody',
  yE = 'MessageBodyAttributeMap',
  EE = 'MessageBodySystemAttributeMap',
  xm = 'MessageDeduplicationId',
  xE = 'MD5OfBody',
  Fa = 'MD5OfMessageAttributes',
  Rm = 'MD5OfMessageBody',
  wm = 'MD5OfMessageSystemAttributes',
  _m = 'MessageGroupId',
  Ha = 'MessageId',
  RE = 'MessageList',
  wE = 'MessageNotInflight',
  _E = 'MaxNumberOfMessages',
  AE = 'MaxNumberOfMessagesPerSecond';
var Am = 'MessageSystemAttributes',
  TE = 'MessageSystemAttributeMap',
  bE = 'MessageSystemAttributeNames',
  vE = 'MessageSystemAttributeValue',
  Tm = 'MessageSystemAttribute',
  IE = 'Messages',
  Zs = 'Name',
  bm = 'NextToken',
  CE = 'OverLimit';
var NE = 'PurgeQueueInProgress';
var ME = 'QueueAttributeMap',
  OE = 'QueueDoesNotExist',
  PE = 'QueueDeletedRecently',
  DE = 'QueueName',
  LE = 'QueueNameExists';
var me = 'QueueUrl',
  kE = 'QueueUrls',
  UE = 'Results',
  Va = 'ReceiptHandle',
  $E = 'ReceiptHandleIsInvalid';
var BE = 'ReceiveMessageRequest',
  FE = 'ReceiveMessageResult',
  HE = 'ResourceNotFoundException';
var VE = 'ReceiveRequestAttemptId',
  qE = 'RequestThrottled',
  qa = 'Successful',
  jE = 'SourceArn',
  zE = 'SenderFault',
  GE = 'StringList',
  vm = 'StringListValues',
  ja = 'StringListValue',
  QE = 'SendMessage';
var WE = 'SendMessageBatchRequest',
  Im = 'SendMessageBatchRequestEntry',
  KE = 'SendMessageBatchRequestEntryList',
  JE = 'SendMessageBatchResultEntryList',
  Cm = 'SendMessageBatchResultEntry',
  XE = 'SendMessageBatchResult';
var YE = 'SendMessageRequest',
  ZE = 'SendMessageResult',
  Nm = 'SequenceNumber';
var ex = 'SetQueueAttributesRequest',
  tx = 'StartedTimestamp',
  Mm = 'StringValue',
  rx = 'Status',
  za = 'Tag',
  ox = 'TaskHandle',
  sx = 'TagKeys',
  nx = 'TagKey',
  ix = 'TagMap',
  ax = 'TooManyEntriesInBatchRequest';
var cx = 'TagQueueRequest',
  Om = 'Tags',
  ux = 'UnsupportedOperation';
var lx = 'UntagQueueRequest',
  Wr = 'Value',
  Pm = 'VisibilityTimeout',
  dx = 'WaitTimeSeconds',
  k = 'awsQueryError',
  M = 'client',
  O = 'error',
  U = 'httpError',
  D = 'message',
  px = 'queueUrls',
  Dm = 'smithy.ts.sdk.synthetic.com.amazonaws.sqs',
  fx = 'tags',
  T = 'xmlFlattened',
  R = 'xmlName',
  E = 'com.amazonaws.sqs',
  Lm = new Z(Dm),
  mx = [-3, Dm, 'SQSServiceException', 0, [], []];
Lm.registerError(mx, v);
var C = new Z(E),
  hx = [
    -3,
    E,
    Ny,
    { [k]: ['AWS.SimpleQueueService.BatchEntryIdsNotDistinct', 400], [O]: M, [U]: 400 },
    [D],
    [0],
  ];
C.registerError(hx, Ms);
var gx = [
  -3,
  E,
  Py,
  { [k]: ['AWS.SimpleQueueService.BatchRequestTooLong', 400], [O]: M, [U]: 400 },
  [D],
  [0],
];
C.registerError(gx, Ks);
var Sx = [-3, E, zy, { [k]: ['AWS.SimpleQueueService.EmptyBatchRequest', 400], [O]: M, [U]: 400 }, [D], [0]];
C.registerError(Sx, Os);
var yx = [-3, E, Ky, { [k]: ['InvalidAddress', 404], [O]: M, [U]: 404 }, [D], [0]];
C.registerError(yx, ws);
var Ex = [-3, E, Jy, { [O]: M }, [D], [0]];
C.registerError(Ex, Ls);
var xx = [-3, E, Xy, { [O]: M }, [D], [0]];
C.registerError(xx, ks);
var Rx = [
  -3,
  E,
  Yy,
  { [k]: ['AWS.SimpleQueueService.InvalidBatchEntryId', 400], [O]: M, [U]: 400 },
  [D],
  [0],
];
C.registerError(Rx, Ps);
var wx = [-3, E, Zy, { [O]: M }, [], []];
C.registerError(wx, Bs);
var _x = [-3, E, eE, { [O]: M }, [D], [0]];
C.registerError(_x, Ws);
var Ax = [-3, E, tE, { [k]: ['InvalidSecurity', 403], [O]: M, [U]: 403 }, [D], [0]];
C.registerError(Ax, _s);
var Tx = [-3, E, oE, { [k]: ['KMS.AccessDeniedException', 400], [O]: M, [U]: 400 }, [D], [0]];
C.registerError(Tx, Hs);
var bx = [-3, E, sE, { [k]: ['KMS.DisabledException', 400], [O]: M, [U]: 400 }, [D], [0]];
C.registerError(bx, Vs);
var vx = [-3, E, nE, { [k]: ['KMS.InvalidKeyUsageException', 400], [O]: M, [U]: 400 }, [D], [0]];
C.registerError(vx, qs);
var Ix = [-3, E, iE, { [k]: ['KMS.InvalidStateException', 400], [O]: M, [U]: 400 }, [D], [0]];
C.registerError(Ix, js);
var Cx = [-3, E, aE, { [k]: ['KMS.NotFoundException', 400], [O]: M, [U]: 400 }, [D], [0]];
C.registerError(Cx, zs);
var Nx = [-3, E, cE, { [k]: ['KMS.OptInRequired', 403], [O]: M, [U]: 403 }, [D], [0]];
C.registerError(Nx, Gs);
var Mx = [-3, E, uE, { [k]: ['KMS.ThrottlingException', 400], [O]: M, [U]: 400 }, [D], [0]];
C.registerError(Mx, Qs);
var Ox = [-3, E, wE, { [k]: ['AWS.SimpleQueueService.MessageNotInflight', 400], [O]: M, [U]: 400 }, [], []];
C.registerError(Ox, Cs);
var Px = [-3, E, CE, { [k]: ['OverLimit', 403], [O]: M, [U]: 403 }, [D], [0]];
C.registerError(Px, As);
var Dx = [
  -3,
  E,
  NE,
  { [k]: ['AWS.SimpleQueueService.PurgeQueueInProgress', 403], [O]: M, [U]: 403 },
  [D],
  [0],
];
C.registerError(Dx, Fs);
var Lx = [
  -3,
  E,
  PE,
  { [k]: ['AWS.SimpleQueueService.QueueDeletedRecently', 400], [O]: M, [U]: 400 },
  [D],
  [0],
];
C.registerError(Lx, Us);
var kx = [-3, E, OE, { [k]: ['AWS.SimpleQueueService.NonExistentQueue', 400], [O]: M, [U]: 400 }, [D], [0]];
C.registerError(kx, Ts);
var Ux = [-3, E, LE, { [k]: ['QueueAlreadyExists', 400], [O]: M, [U]: 400 }, [D], [0]];
C.registerError(Ux, $s);
var $x = [-3, E, $E, { [k]: ['ReceiptHandleIsInvalid', 404], [O]: M, [U]: 404 }, [D], [0]];
C.registerError($x, Ns);
var Bx = [-3, E, qE, { [k]: ['RequestThrottled', 403], [O]: M, [U]: 403 }, [D], [0]];
C.registerError(Bx, bs);
var Fx = [-3, E, HE, { [k]: ['ResourceNotFoundException', 404], [O]: M, [U]: 404 }, [D], [0]];
C.registerError(Fx, Is);
var Hx = [
  -3,
  E,
  ax,
  { [k]: ['AWS.SimpleQueueService.TooManyEntriesInBatchRequest', 400], [O]: M, [U]: 400 },
  [D],
  [0],
];
C.registerError(Hx, Ds);
var Vx = [
  -3,
  E,
  ux,
  { [k]: ['AWS.SimpleQueueService.UnsupportedOperation', 400], [O]: M, [U]: 400 },
  [D],
  [0],
];
C.registerError(Vx, vs);
var km = [Lm, C],
  kL = [3, E, by, 0, [me, lE, vy, wy], [0, 0, [64, { [T]: 1, [R]: Iy }], [64, { [T]: 1, [R]: _y }]], 4],
  qx = [3, E, Ys, 0, [mt, zE, Dy, Ua], [0, 2, 0, 0], 3];
var UL = [3, E, Ly, 0, [me, La], [0, [() => rR, { [T]: 1, [R]: pm }]], 2],
  jx = [3, E, pm, 0, [mt, Va, Pm], [0, 0, 1], 2],
  $L = [
    3,
    E,
    $y,
    0,
    [qa, ka],
    [
      [() => oR, { [T]: 1, [R]: fm }],
      [() => Ga, { [T]: 1, [R]: Ys }],
    ],
    2,
  ],
  zx = [3, E, fm, 0, [mt], [0], 1];
var BL = [
  3,
  E,
  By,
  0,
  [DE, Js, fx],
  [0, [() => Wa, { [T]: 1, [R]: Xs }], [() => Ka, { [T]: 1, [R]: za }]],
  1,
];
var FL = [3, E, Hy, 0, [me, La], [0, [() => sR, { [T]: 1, [R]: mm }]], 2],
  Gx = [3, E, mm, 0, [mt, Va], [0, 0], 2],
  HL = [
    3,
    E,
    jy,
    0,
    [qa, ka],
    [
      [() => nR, { [T]: 1, [R]: hm }],
      [() => Ga, { [T]: 1, [R]: Ys }],
    ],
    2,
  ],
  Qx = [3, E, hm, 0, [mt], [0], 1];
var VL = [3, E, Qy, 0, [me, um], [0, [64, { [T]: 1, [R]: Pa }]], 1],
  qL = [3, E, Wy, 0, [Js], [[() => Wa, { [T]: 1, [R]: Xs }]]];
var jL = [3, E, dE, 0, [px, bm], [[64, { [T]: 1, [R]: me }], 0], 1];
var zL = [3, E, cm, { [R]: cm }, [UE], [[() => iR, { [T]: 1, [R]: ym }]]],
  Wx = [3, E, ym, 0, [ox, rx, jE, Fy, AE, Ay, Ty, Gy, tx], [0, 0, 0, 0, 1, 1, 1, 0, 1]];
var GL = [3, E, fE, 0, [kE, bm], [[64, { [T]: 1, [R]: me }], 0]];
var QL = [3, E, mE, 0, [Om], [[() => Ka, { [T]: 1, [R]: za }]]],
  Kx = [
    3,
    E,
    Ua,
    0,
    [Ha, Va, xE, Cy, Js, Fa, $a],
    [0, 0, 0, 0, [() => lR, { [T]: 1, [R]: Xs }], 0, [() => Qa, { [T]: 1, [R]: Ba }]],
  ],
  Jx = [
    3,
    E,
    SE,
    0,
    [Sm, Mm, dm, vm, lm],
    [0, 0, 21, [() => $m, { [T]: 1, [R]: ja }], [() => Um, { [T]: 1, [R]: Da }]],
    1,
  ],
  Xx = [
    3,
    E,
    vE,
    0,
    [Sm, Mm, dm, vm, lm],
    [0, 0, 21, [() => $m, { [T]: 1, [R]: ja }], [() => Um, { [T]: 1, [R]: Da }]],
    1,
  ];
var WL = [
    3,
    E,
    BE,
    0,
    [me, um, bE, hE, _E, Pm, dx, VE],
    [0, [64, { [T]: 1, [R]: Pa }], [64, { [T]: 1, [R]: Pa }], [64, { [T]: 1, [R]: gE }], 1, 1, 1, 0],
    1,
  ],
  KL = [3, E, FE, 0, [IE], [[() => aR, { [T]: 1, [R]: Ua }]]];
var JL = [3, E, WE, 0, [me, La], [0, [() => cR, { [T]: 1, [R]: Im }]], 2],
  Yx = [
    3,
    E,
    Im,
    0,
    [mt, Em, gm, $a, Am, xm, _m],
    [0, 0, 1, [() => Qa, { [T]: 1, [R]: Ba }], [() => Bm, { [T]: 1, [R]: Tm }], 0, 0],
    2,
  ],
  XL = [
    3,
    E,
    XE,
    0,
    [qa, ka],
    [
      [() => uR, { [T]: 1, [R]: Cm }],
      [() => Ga, { [T]: 1, [R]: Ys }],
    ],
    2,
  ],
  Zx = [3, E, Cm, 0, [mt, Ha, Rm, Fa, wm, Nm], [0, 0, 0, 0, 0, 0], 3],
  eR = [
    3,
    E,
    YE,
    0,
    [me, Em, gm, $a, Am, xm, _m],
    [0, 0, 1, [() => Qa, { [T]: 1, [R]: Ba }], [() => Bm, { [T]: 1, [R]: Tm }], 0, 0],
    2,
  ],
  tR = [3, E, ZE, 0, [Rm, Fa, wm, Ha, Nm], [0, 0, 0, 0, 0]],
  YL = [3, E, ex, 0, [me, Js], [0, [() => Wa, { [T]: 1, [R]: Xs }]], 2];
var ZL = [3, E, cx, 0, [me, Om], [0, [() => Ka, { [T]: 1, [R]: za }]], 2],
  ek = [3, E, lx, 0, [me, sx], [0, [64, { [T]: 1, [R]: nx }]], 2];
var Ga = [1, E, Oy, 0, () => qx],
  Um = [1, E, My, 0, [21, { [R]: Da }]],
  rR = [1, E, ky, 0, () => jx],
  oR = [1, E, Uy, 0, () => zx],
  sR = [1, E, Vy, 0, () => Gx],
  nR = [1, E, qy, 0, () => Qx],
  iR = [1, E, pE, 0, () => Wx];
var aR = [1, E, RE, 0, [() => Kx, 0]];
var cR = [1, E, KE, 0, [() => Yx, 0]],
  uR = [1, E, JE, 0, () => Zx],
  $m = [1, E, GE, 0, [0, { [R]: ja }]];
var Qa = [2, E, yE, 0, [0, { [R]: Zs }], [() => Jx, { [R]: Wr }]],
  Bm = [2, E, EE, 0, [0, { [R]: Zs }], [() => Xx, { [R]: Wr }]],
  lR = [2, E, TE, 0, [0, { [R]: Zs }], [0, { [R]: Wr }]],
  Wa = [2, E, ME, 0, [0, { [R]: Zs }], [0, { [R]: Wr }]],
  Ka = [2, E, ix, 0, [0, { [R]: rE }], [0, { [R]: Wr }]];
var Fm = [9, E, QE, 0, () => eR, () => tR];
var Hm = (t) => ({
  apiVersion: '2012-11-05',
  base64Decoder: t?.base64Decoder ?? ke,
  base64Encoder: t?.base64Encoder ?? Ue,
  disableHostPrefix: t?.disableHostPrefix ?? !1,
  endpointProvider: t?.endpointProvider ?? am,
  extensions: t?.extensions ?? [],
  httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? Lf,
  httpAuthSchemes: t?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
      signer: new Je(),
    },
  ],
  logger: t?.logger ?? new ce(),
  md5: t?.md5 ?? vo,
  protocol: t?.protocol ?? zr,
  protocolSettings: t?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.sqs',
    errorTypeRegistries: km,
    version: '2012-11-05',
    serviceTarget: 'AmazonSQS',
    awsQueryCompatible: !0,
  },
  serviceId: t?.serviceId ?? 'SQS',
  sha256: t?.sha256 ?? bt,
  urlParser: t?.urlParser ?? Ae,
  utf8Decoder: t?.utf8Decoder ?? te,
  utf8Encoder: t?.utf8Encoder ?? pe,
});
var Vm = (t) => {
  ir(process.version);
  const e = pr(t),
    r = () => e().then(nr),
    o = Hm(t);
  Vt(process.version);
  const s = { profile: t?.profile, logger: o.logger };
  return {
    ...o,
    ...t,
    runtime: 'node',
    defaultsMode: e,
    authSchemePreference: t?.authSchemePreference ?? L(Ut, s),
    bodyLengthChecker: t?.bodyLengthChecker ?? Xt,
    credentialDefaultProvider: t?.credentialDefaultProvider ?? gs,
    defaultSocketTimeout: jt(t?.requestHandler, 9e5),
    defaultUserAgentProvider:
      t?.defaultUserAgentProvider ?? $r({ serviceId: o.serviceId, clientVersion: Bf.version }),
    maxAttempts: t?.maxAttempts ?? L(Dr, t),
    region: t?.region ?? L(ot, { ...lr, ...s }),
    requestHandler: pt.create(t?.requestHandler ?? r),
    retryMode: t?.retryMode ?? L({ ...kr, default: async () => (await r()).retryMode || lt }, t),
    streamCollector: t?.streamCollector ?? _t,
    useDualstackEndpoint: t?.useDualstackEndpoint ?? L(Zt, s),
    useFipsEndpoint: t?.useFipsEndpoint ?? L(er, s),
    userAgentAppId: t?.userAgentAppId ?? L(Br, s),
  };
};
q();
var qm = (t) => {
    let e = t.httpAuthSchemes,
      r = t.httpAuthSchemeProvider,
      o = t.credentials;
    return {
      setHttpAuthScheme(s) {
        const n = e.findIndex((i) => i.schemeId === s.schemeId);
        n === -1 ? e.push(s) : e.splice(n, 1, s);
      },
      httpAuthSchemes() {
        return e;
      },
      setHttpAuthSchemeProvider(s) {
        r = s;
      },
      httpAuthSchemeProvider() {
        return r;
      },
      setCredentials(s) {
        o = s;
      },
      credentials() {
        return o;
      },
    };
  },
  jm = (t) => ({
    httpAuthSchemes: t.httpAuthSchemes(),
    httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
    credentials: t.credentials(),
  });
var zm = (t, e) => {
  const r = Object.assign(Fr(t), ar(t), wr(t), qm(t));
  return (e.forEach((o) => o.configure(r)), Object.assign(t, Hr(r), cr(r), _r(r), jm(r)));
};
var en = class extends et {
  config;
  constructor(...[e]) {
    const r = Vm(e || {});
    super(r), (this.initConfig = r);
    const o = Uf(r),
      s = Or(o),
      n = Lr(s),
      i = dr(n),
      a = i,
      c = _o(a),
      u = da(c),
      d = kf(u),
      l = zm(d, e?.extensions || []);
    (this.config = l),
      this.middlewareStack.use(tr(this.config)),
      this.middlewareStack.use(Ur(this.config)),
      this.middlewareStack.use(os(this.config)),
      this.middlewareStack.use(Ar(this.config)),
      this.middlewareStack.use(vr(this.config)),
      this.middlewareStack.use(Ir(this.config)),
      this.middlewareStack.use(Nr(this.config)),
      this.middlewareStack.use(pa(this.config)),
      this.middlewareStack.use(
        Dt(this.config, {
          httpAuthSchemeParametersProvider: Df,
          identityProviderConfigProvider: async (p) => new We({ 'aws.auth#sigv4': p.credentials }),
        }),
      ),
      this.middlewareStack.use(Lt(this.config));
  }
  destroy() {
    super.destroy();
  }
};
q();
fe();
var Gm = ur($f, 'AmazonSQS', 'SQSClient', Ao),
  Qm = {};
var Wm = (t, e, r, o) => [fa(r)];
var tn = class extends Gm(Qm, Wm, 'SendMessage', Fm) {};
var he = {
    queueUrl: 'QUEUE_URL',
    tableName: 'TABLE_NAME',
    eventBusName: 'EVENT_BUS_NAME',
    secretId: 'SECRET_ID',
    localSecret: 'LAVA_WEBHOOK_SECRET',
    secretTtlSeconds: 'SECRET_CACHE_TTL_SECONDS',
    toleranceSeconds: 'SIGNATURE_TOLERANCE_SECONDS',
    eventTtlDays: 'EVENT_TTL_DAYS',
    logLevel: 'LOG_LEVEL',
    metricsNamespace: 'METRICS_NAMESPACE',
  },
  Km = 300;
var Jm = 'LavaWebhooks';
function Xm(t, e, r) {
  const o = t[e];
  if (o === void 0 || o === '') return r;
  const s = Number(o);
  if (!Number.isFinite(s) || s < 0) throw new Error(`${e} must be a non-negative number`);
  return s;
}
var Ja = (t) => {
  process.stdout.write(`${t}
`);
};
function rn(t) {
  return t instanceof Error
    ? { name: t.name, message: t.message, ...('$fault' in t ? { fault: t.$fault } : {}) }
    : t;
}
q();
Te();
fe();
ee();
q();
var Ym = async (t, e, r) => ({
  operation: Y(e).operation,
  region:
    (await z(t.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});
function dR(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'secretsmanager', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
var Zm = (t) => {
    const e = [];
    switch (t.operation) {
      default:
        e.push(dR(t));
    }
    return e;
  },
  eh = (t) => {
    const e = hs(t);
    return Object.assign(e, { authSchemePreference: z(t.authSchemePreference ?? []) });
  };
var th = (t) =>
    Object.assign(t, {
      useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
      useFipsEndpoint: t.useFipsEndpoint ?? !1,
      defaultSigningName: 'secretsmanager',
    }),
  rh = {
    UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
    Endpoint: { type: 'builtInParams', name: 'endpoint' },
    Region: { type: 'builtInParams', name: 'region' },
    UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
  };
var oh = {
  name: '@aws-sdk/client-secrets-manager',
  version: '3.1164.0',
  description: 'AWS SDK for JavaScript Secrets Manager Client for Node.js, Browser and React Native',
  homepage: 'https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-secrets-manager',
  license: 'Apache-2.0',
  author: { name: 'AWS SDK for JavaScript Team', url: 'https://aws.amazon.com/sdk-for-javascript/' },
  repository: {
    type: 'git',
    url: 'https://github.com/aws/aws-sdk-js-v3.git',
    directory: 'clients/client-secrets-manager',
  },
  files: ['dist-*/**'],
  sideEffects: !1,
  main: './dist-cjs/index.js',
  module: './dist-es/index.js',
  browser: { './dist-es/runtimeConfig': './dist-es/runtimeConfig.browser' },
  types: './dist-types/index.d.ts',
  typesVersions: { '<4.5': { 'dist-types/*': ['dist-types/ts3.4/*'] } },
  'react-native': { './dist-es/runtimeConfig': './dist-es/runtimeConfig.native' },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    'build:cjs': 'node ../../scripts/compilation/inline',
    'build:es': 'premove dist-es && tsc -p tsconfig.es.json',
    'build:include:deps': 'yarn g:turbo run build -F="$npm_package_name"',
    'build:types': 'premove dist-types && tsc -p tsconfig.types.json',
    'build:types:downlevel': 'downlevel-dts dist-types dist-types/ts3.4',
    clean: 'premove dist-cjs dist-es dist-types',
    'extract:docs': 'api-extractor run --local',
    'generate:client': 'node ../../scripts/generate-clients/single-service',
    test: 'yarn g:vitest run --passWithNoTests',
    'test:watch': 'yarn g:vitest watch --passWithNoTests',
    'test:integration': 'yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts',
    'test:integration:watch': 'yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts',
    'test:index': 'tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs',
  },
  dependencies: {
    '@aws-sdk/core': '^3.980.1',
    '@aws-sdk/credential-provider-node': '^3.972.94',
    '@aws-sdk/types': '^3.975.0',
    '@smithy/core': '^3.38.0',
    '@smithy/fetch-http-handler': '^5.8.0',
    '@smithy/node-http-handler': '^4.14.0',
    '@smithy/types': '^4.19.0',
    tslib: '^2.6.2',
  },
  devDependencies: {
    '@smithy/snapshot-testing': '^2.4.0',
    '@tsconfig/node20': '20.1.8',
    '@types/node': '^20.14.8',
    concurrently: '7.0.0',
    'downlevel-dts': '0.10.1',
    premove: '4.0.0',
    typescript: '~7.0.2',
    vitest: '^4.0.17',
  },
  engines: { node: '>=20.0.0' },
};
q();
Te();
A();
yr();
q();
A();
fe();
fe();
var Kr = 'ref',
  ht = -1,
  on = !0,
  sh = 'isSet',
  ch = 'PartitionResult',
  sn = 'booleanEquals',
  Za = 'getAttr',
  Xa = 'stringEquals',
  nh = { [Kr]: 'Endpoint' },
  ec = { [Kr]: ch },
  Ya = { fn: Za, argv: [ec, 'name'] },
  Xe = {},
  ih = [{ [Kr]: 'Region' }],
  ah = {
    conditions: [
      [sh, [nh]],
      [sh, ih],
      ['aws.partition', ih, ch],
      [sn, [{ [Kr]: 'UseFIPS' }, on]],
      [sn, [{ [Kr]: 'UseDualStack' }, on]],
      [sn, [{ fn: Za, argv: [ec, 'supportsDualStack'] }, on]],
      [sn, [{ fn: Za, argv: [ec, 'supportsFIPS'] }, on]],
      [Xa, [Ya, 'aws']],
      [Xa, [Ya, 'aws-cn']],
      [Xa, [Ya, 'aws-us-gov']],
    ],
    results: [
      [ht],
      [ht, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [ht, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [nh, Xe],
      ['https://secretsmanager-fips.{Region}.amazonaws.com', Xe],
      ['https://secretsmanager-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', Xe],
      [ht, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://secretsmanager-fips.{Region}.{PartitionResult#dnsSuffix}', Xe],
      [ht, 'FIPS is enabled but this partition does not support FIPS'],
      ['https://secretsmanager.{Region}.amazonaws.com', Xe],
      ['https://secretsmanager.{Region}.amazonaws.com.cn', Xe],
      ['https://secretsmanager.{Region}.{PartitionResult#dualStackDnsSuffix}', Xe],
      [ht, 'DualStack is enabled but this partition does not support DualStack'],
      ['https://secretsmanager.{Region}.{PartitionResult#dnsSuffix}', Xe],
      [ht, 'Invalid Configuration: Missing Region'],
    ],
  },
  fR = 2,
  G = 1e8,
  mR = new Int32Array([
    -1,
    1,
    -1,
    0,
    17,
    3,
    1,
    4,
    G + 14,
    2,
    5,
    G + 14,
    3,
    11,
    6,
    4,
    7,
    G + 13,
    5,
    8,
    G + 12,
    7,
    G + 9,
    9,
    8,
    G + 10,
    10,
    9,
    G + 9,
    G + 11,
    4,
    13,
    12,
    6,
    G + 7,
    G + 8,
    5,
    14,
    G + 6,
    6,
    15,
    G + 6,
    7,
    G + 4,
    16,
    9,
    G + 4,
    G + 5,
    3,
    G + 1,
    18,
    4,
    G + 2,
    G + 3,
  ]),
  uh = st.from(mR, fR, ah.conditions, ah.results);
var hR = new nt({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] }),
  lh = (t, e = {}) => hR.get(t, () => gr(uh, { endpointParams: t, logger: e.logger }));
Oe.aws = kt;
ee();
q();
var K = class t extends rt {
  static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager#SecretsManagerServiceException';
  constructor(e) {
    super(e), Object.setPrototypeOf(this, t.prototype);
  }
};
var nn = class t extends K {
    static shapeId = 'com.amazonaws.secretsmanager#DecryptionFailure';
    name = 'DecryptionFailure';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'DecryptionFailure', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  an = class t extends K {
    static shapeId = 'com.amazonaws.secretsmanager#InternalServiceError';
    name = 'InternalServiceError';
    $fault = 'server';
    Message;
    constructor(e) {
      super({ name: 'InternalServiceError', $fault: 'server', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  cn = class t extends K {
    static shapeId = 'com.amazonaws.secretsmanager#InvalidNextTokenException';
    name = 'InvalidNextTokenException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'InvalidNextTokenException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  un = class t extends K {
    static shapeId = 'com.amazonaws.secretsmanager#InvalidParameterException';
    name = 'InvalidParameterException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'InvalidParameterException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  ln = class t extends K {
    static shapeId = 'com.amazonaws.secretsmanager#InvalidRequestException';
    name = 'InvalidRequestException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'InvalidRequestException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  dn = class t extends K {
    static shapeId = 'com.amazonaws.secretsmanager#ResourceNotFoundException';
    name = 'ResourceNotFoundException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'ResourceNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  pn = class t extends K {
    static shapeId = 'com.amazonaws.secretsmanager#EncryptionFailure';
    name = 'EncryptionFailure';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'EncryptionFailure', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  fn = class t extends K {
    static shapeId = 'com.amazonaws.secretsmanager#LimitExceededException';
    name = 'LimitExceededException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'LimitExceededException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  mn = class t extends K {
    static shapeId = 'com.amazonaws.secretsmanager#MalformedPolicyDocumentException';
    name = 'MalformedPolicyDocumentException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'MalformedPolicyDocumentException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  hn = class t extends K {
    static shapeId = 'com.amazonaws.secretsmanager#PreconditionNotMetException';
    name = 'PreconditionNotMetException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'PreconditionNotMetException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  gn = class t extends K {
    static shapeId = 'com.amazonaws.secretsmanager#ResourceExistsException';
    name = 'ResourceExistsException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'ResourceExistsException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  },
  Sn = class t extends K {
    static shapeId = 'com.amazonaws.secretsmanager#PublicPolicyException';
    name = 'PublicPolicyException';
    $fault = 'client';
    Message;
    constructor(e) {
      super({ name: 'PublicPolicyException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype),
        (this.Message = e.Message);
    }
  };
var gR = 'ARN';
var SR = 'CreatedDate';
var yR = 'DecryptionFailure';
var ER = 'EncryptionFailure';
var xR = 'GetSecretValue',
  RR = 'GetSecretValueRequest',
  wR = 'GetSecretValueResponse';
var _R = 'InvalidNextTokenException';
var AR = 'InvalidParameterException',
  TR = 'InvalidRequestException';
var bR = 'InternalServiceError';
var vR = 'LimitExceededException';
var ge = 'Message',
  IR = 'MalformedPolicyDocumentException';
var CR = 'Name';
var NR = 'PreconditionNotMetException',
  MR = 'PublicPolicyException';
var OR = 'ResourceExistsException';
var PR = 'ResourceNotFoundException';
var DR = 'SecretBinary',
  LR = 'SecretBinaryType';
var kR = 'SecretId';
var UR = 'SecretString',
  $R = 'SecretStringType';
var dh = 'VersionId';
var BR = 'VersionStage',
  FR = 'VersionStages';
var Re = 'client',
  Se = 'error',
  ph = 'smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager',
  HR = 'server',
  Q = 'com.amazonaws.secretsmanager',
  fh = new Z(ph),
  VR = [-3, ph, 'SecretsManagerServiceException', 0, [], []];
fh.registerError(VR, K);
var de = new Z(Q),
  qR = [-3, Q, yR, { [Se]: Re }, [ge], [0]];
de.registerError(qR, nn);
var jR = [-3, Q, ER, { [Se]: Re }, [ge], [0]];
de.registerError(jR, pn);
var zR = [-3, Q, bR, { [Se]: HR }, [ge], [0]];
de.registerError(zR, an);
var GR = [-3, Q, _R, { [Se]: Re }, [ge], [0]];
de.registerError(GR, cn);
var QR = [-3, Q, AR, { [Se]: Re }, [ge], [0]];
de.registerError(QR, un);
var WR = [-3, Q, TR, { [Se]: Re }, [ge], [0]];
de.registerError(WR, ln);
var KR = [-3, Q, vR, { [Se]: Re }, [ge], [0]];
de.registerError(KR, fn);
var JR = [-3, Q, IR, { [Se]: Re }, [ge], [0]];
de.registerError(JR, mn);
var XR = [-3, Q, NR, { [Se]: Re }, [ge], [0]];
de.registerError(XR, hn);
var YR = [-3, Q, MR, { [Se]: Re }, [ge], [0]];
de.registerError(YR, Sn);
var ZR = [-3, Q, OR, { [Se]: Re }, [ge], [0]];
de.registerError(ZR, gn);
var e0 = [-3, Q, PR, { [Se]: Re }, [ge], [0]];
de.registerError(e0, dn);
var mh = [fh, de];
var t0 = [0, Q, LR, 8, 21],
  r0 = [0, Q, $R, 8, 0];
var o0 = [3, Q, RR, 0, [kR, dh, BR], [0, 0, 0], 1],
  s0 = [3, Q, wR, 0, [gR, CR, dh, DR, UR, FR, SR], [0, 0, 0, [() => t0, 0], [() => r0, 0], 64, 4]];
var hh = [9, Q, xR, 0, () => o0, () => s0];
var gh = (t) => ({
  apiVersion: '2017-10-17',
  base64Decoder: t?.base64Decoder ?? ke,
  base64Encoder: t?.base64Encoder ?? Ue,
  disableHostPrefix: t?.disableHostPrefix ?? !1,
  endpointProvider: t?.endpointProvider ?? lh,
  extensions: t?.extensions ?? [],
  httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? Zm,
  httpAuthSchemes: t?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
      signer: new Je(),
    },
  ],
  logger: t?.logger ?? new ce(),
  protocol: t?.protocol ?? Gr,
  protocolSettings: t?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.secretsmanager',
    errorTypeRegistries: mh,
    version: '2017-10-17',
    serviceTarget: 'secretsmanager',
  },
  serviceId: t?.serviceId ?? 'Secrets Manager',
  sha256: t?.sha256 ?? bt,
  urlParser: t?.urlParser ?? Ae,
  utf8Decoder: t?.utf8Decoder ?? te,
  utf8Encoder: t?.utf8Encoder ?? pe,
});
var Sh = (t) => {
  ir(process.version);
  const e = pr(t),
    r = () => e().then(nr),
    o = gh(t);
  Vt(process.version);
  const s = { profile: t?.profile, logger: o.logger };
  return {
    ...o,
    ...t,
    runtime: 'node',
    defaultsMode: e,
    authSchemePreference: t?.authSchemePreference ?? L(Ut, s),
    bodyLengthChecker: t?.bodyLengthChecker ?? Xt,
    credentialDefaultProvider: t?.credentialDefaultProvider ?? gs,
    defaultSocketTimeout: jt(t?.requestHandler, 3e5),
    defaultUserAgentProvider:
      t?.defaultUserAgentProvider ?? $r({ serviceId: o.serviceId, clientVersion: oh.version }),
    maxAttempts: t?.maxAttempts ?? L(Dr, t),
    region: t?.region ?? L(ot, { ...lr, ...s }),
    requestHandler: pt.create(t?.requestHandler ?? r),
    retryMode: t?.retryMode ?? L({ ...kr, default: async () => (await r()).retryMode || lt }, t),
    streamCollector: t?.streamCollector ?? _t,
    useDualstackEndpoint: t?.useDualstackEndpoint ?? L(Zt, s),
    useFipsEndpoint: t?.useFipsEndpoint ?? L(er, s),
    userAgentAppId: t?.userAgentAppId ?? L(Br, s),
  };
};
q();
var yh = (t) => {
    let e = t.httpAuthSchemes,
      r = t.httpAuthSchemeProvider,
      o = t.credentials;
    return {
      setHttpAuthScheme(s) {
        const n = e.findIndex((i) => i.schemeId === s.schemeId);
        n === -1 ? e.push(s) : e.splice(n, 1, s);
      },
      httpAuthSchemes() {
        return e;
      },
      setHttpAuthSchemeProvider(s) {
        r = s;
      },
      httpAuthSchemeProvider() {
        return r;
      },
      setCredentials(s) {
        o = s;
      },
      credentials() {
        return o;
      },
    };
  },
  Eh = (t) => ({
    httpAuthSchemes: t.httpAuthSchemes(),
    httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
    credentials: t.credentials(),
  });
var xh = (t, e) => {
  const r = Object.assign(Fr(t), ar(t), wr(t), yh(t));
  return (e.forEach((o) => o.configure(r)), Object.assign(t, Hr(r), cr(r), _r(r), Eh(r)));
};
var yn = class extends et {
  config;
  constructor(...[e]) {
    const r = Sh(e || {});
    super(r), (this.initConfig = r);
    const o = th(r),
      s = Or(o),
      n = Lr(s),
      i = dr(n),
      a = i,
      c = _o(a),
      u = eh(c),
      d = xh(u, e?.extensions || []);
    (this.config = d),
      this.middlewareStack.use(tr(this.config)),
      this.middlewareStack.use(Ur(this.config)),
      this.middlewareStack.use(os(this.config)),
      this.middlewareStack.use(Ar(this.config)),
      this.middlewareStack.use(vr(this.config)),
      this.middlewareStack.use(Ir(this.config)),
      this.middlewareStack.use(Nr(this.config)),
      this.middlewareStack.use(
        Dt(this.config, {
          httpAuthSchemeParametersProvider: Ym,
          identityProviderConfigProvider: async (l) => new We({ 'aws.auth#sigv4': l.credentials }),
        }),
      ),
      this.middlewareStack.use(Lt(this.config));
  }
  destroy() {
    super.destroy();
  }
};
q();
fe();
var Rh = ur(rh, 'secretsmanager', 'SecretsManagerClient', Ao),
  wh = {},
  _h = (t, e, r, o) => [];
var En = class extends Rh(wh, _h, 'GetSecretValue', hh) {};
var xn = class {
  constructor(e, r) {
    this.load = e;
    this.options = r;
    this.now = r.now ?? Date.now;
  }
  load;
  options;
  value;
  fetchedAt = 0;
  inFlight;
  now;
  async get() {
    const e = this.now() - this.fetchedAt;
    if (this.value && e < this.options.ttlMs) return this.value;
    try {
      return await this.fetch();
    } catch (r) {
      if (this.value && e < this.options.ttlMs + this.options.maxStaleMs) return this.value;
      throw r;
    }
  }
  async refreshAfterMiss() {
    if (!this.value || this.now() - this.fetchedAt < this.options.refreshAfterMissMs) return;
    const e = this.value,
      r = await this.fetch().catch(() => e);
    return r.length === e.length && r.every((o, s) => o === e[s]) ? void 0 : r;
  }
  fetch() {
    return (
      (this.inFlight ??= this.load()
        .then((e) => ((this.value = e), (this.fetchedAt = this.now()), e))
        .finally(() => {
          this.inFlight = void 0;
        })),
      this.inFlight
    );
  }
};
function Ah(t) {
  if (t === void 0 || t.trim() === '') throw new Error('signing secret is empty');
  const e = t.trim();
  if (!e.startsWith('{')) return [t];
  let r;
  try {
    r = JSON.parse(e);
  } catch {
    throw new Error('signing secret looks like JSON but does not parse');
  }
  if (typeof r != 'object' || r === null) throw new Error('signing secret JSON is not an object');
  const { current: o, previous: s } = r;
  if (typeof o != 'string' || o === '')
    throw new Error('signing secret JSON needs a non-empty "current" string');
  if (s != null && typeof s != 'string') throw new Error('signing secret JSON "previous" must be a string');
  return s ? [o, s] : [o];
}
function Th(t) {
  const e = (t ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  if (e.length === 0) throw new Error('LAVA_WEBHOOK_SECRET is empty');
  return e;
}
function n0(t, e) {
  return async () => {
    const r = await t.send(new En({ SecretId: e }), { abortSignal: AbortSignal.timeout(2e3) });
    return Ah(r.SecretString);
  };
}
function bh(t, e) {
  let r = t[he.secretId],
    o;
  if (r) o = n0(e ?? new yn({ maxAttempts: 2 }), r);
  else if (t[he.localSecret]) {
    const s = Th(t[he.localSecret]);
    o = async () => s;
  } else throw new Error(`set ${he.secretId} (Secrets Manager) or ${he.localSecret}`);
  return new xn(o, {
    ttlMs: Number(t[he.secretTtlSeconds] ?? 300) * 1e3,
    refreshAfterMissMs: 5e3,
    maxStaleMs: 36e5,
  });
}
var tc = { sha256: 'body-sha256', eventType: 'event-type', delivery: 'delivery' },
  i0 = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
function vh(t, e) {
  const r = i0.test(e.body),
    o = { at: e.receivedAt, id: e.requestId };
  e.plainSignature !== void 0 && (o.sig = e.plainSignature),
    e.timestampedSignature !== void 0 && (o.lsig = e.timestampedSignature),
    r && (o.enc = 'base64');
  const s = {
    [tc.sha256]: { DataType: 'String', StringValue: e.sha256 },
    [tc.eventType]: { DataType: 'String', StringValue: e.eventType.slice(0, 256) || '-' },
    [tc.delivery]: { DataType: 'String', StringValue: JSON.stringify(o) },
  };
  return {
    QueueUrl: t,
    MessageBody: r ? Buffer.from(e.body, 'utf8').toString('base64') : e.body,
    MessageAttributes: s,
  };
}
var Ih = {
  maxAttempts: 3,
  requestHandler: { connectionTimeout: 500, requestTimeout: 1e3, throwOnRequestTimeout: !0 },
};
function Ch(t, e) {
  return async (r) => {
    if (!(await t.send(new tn(vh(e, r)))).MessageId) throw new Error('SQS returned no MessageId');
  };
}

import { createHash as f0 } from 'node:crypto';

var a0 = new TextDecoder('utf-8', { fatal: !0 });
function Nh(t) {
  try {
    return a0.decode(t);
  } catch {
    return;
  }
}
function Mh(t) {
  let e;
  try {
    e = JSON.parse(t);
  } catch {
    return { ok: !1, error: 'Body is not valid JSON' };
  }
  if (typeof e != 'object' || e === null || Array.isArray(e))
    return { ok: !1, error: 'Body must be a JSON object' };
  const { event: r, data: o } = e;
  return typeof r != 'string' || r === ''
    ? { ok: !1, error: 'Field "event" must be a non-empty string' }
    : typeof o != 'object' || o === null || Array.isArray(o)
      ? { ok: !1, error: 'Field "data" must be an object' }
      : { ok: !0, envelope: { event: r, data: o } };
}
var Oh = {
  'connection.created': 'connection.created',
  'customer.created': 'connection.created',
  'connection.wallet.balance.updated': 'connection.wallet.balance.updated',
  'customer.wallet.balance.updated': 'connection.wallet.balance.updated',
  'connection.deleted': 'connection.deleted',
  'customer.deleted': 'connection.deleted',
  'checkout.completed': 'checkout.completed',
};
function c0(t) {
  return Object.hasOwn(Oh, t) ? Oh[t] : void 0;
}
function rc(t) {
  return c0(t) ? t : 'unknown';
}
function Ph(t) {
  for (const e of ['connection_id', 'customer_id']) {
    const r = t[e];
    if (typeof r == 'string' && r.trim() !== '') return r;
  }
}
function Dh(t, e, r, o) {
  const s = Object.keys(e),
    n = {
      ...o,
      _aws: {
        Timestamp: Date.now(),
        CloudWatchMetrics: [
          {
            Namespace: t,
            Dimensions: s.length > 1 ? [s.slice(0, 1), s] : [s],
            Metrics: r.map(([i, , a]) => ({ Name: i, Unit: a })),
          },
        ],
      },
      ...e,
    };
  for (const [i, a] of r) n[i] = a;
  return JSON.stringify(n);
}

import { timingSafeEqual as l0, createHmac as u0 } from 'node:crypto';

var Uh = 'x-webhook-signature',
  $h = 'x-lava-signature',
  Bh = /^[0-9a-fA-F]{64}$/,
  d0 = /^\d{1,12}$/;
function p0(t) {
  let e,
    r = [];
  for (const o of t.split(',')) {
    const s = o.indexOf('=');
    if (s < 1) return;
    const n = o.slice(0, s).trim(),
      i = o.slice(s + 1).trim();
    if (n === 't') {
      if (e !== void 0 || !d0.test(i)) return;
      e = Number(i);
    } else if (n === 'v1') {
      if (!Bh.test(i)) return;
      r.push(Buffer.from(i, 'hex'));
    }
  }
  if (!(e === void 0 || r.length === 0)) return { timestamp: e, digests: r };
}
function Lh(t, ...e) {
  const r = u0('sha256', t);
  for (const o of e) r.update(o);
  return r.digest();
}
function kh(t, e, r) {
  for (let o = 0; o < t.length; o++) {
    const s = t[o];
    if (!s) continue;
    const n = r(s);
    if (e.some((i) => l0(i, n))) return o;
  }
  return -1;
}
function oc(t, e, r, o) {
  if (e.timestamped !== void 0) {
    const s = p0(e.timestamped);
    if (!s) return { ok: !1, reason: 'malformed' };
    if (o.checkTimestamp !== !1) {
      const a = o.nowSeconds - s.timestamp;
      if (a > o.toleranceSeconds) return { ok: !1, reason: 'stale' };
      if (-a > o.toleranceSeconds) return { ok: !1, reason: 'future' };
    }
    const n = `${s.timestamp}.`,
      i = kh(r, s.digests, (a) => Lh(a, n, t));
    return i < 0
      ? { ok: !1, reason: 'mismatch' }
      : { ok: !0, scheme: 'timestamped', timestamp: s.timestamp, secretIndex: i };
  }
  if (e.plain !== void 0) {
    const s = e.plain.trim();
    if (!Bh.test(s)) return { ok: !1, reason: 'malformed' };
    const n = kh(r, [Buffer.from(s, 'hex')], (i) => Lh(i, t));
    return n < 0 ? { ok: !1, reason: 'mismatch' } : { ok: !0, scheme: 'plain', secretIndex: n };
  }
  return { ok: !1, reason: 'missing' };
}
var Ht = 256 * 1024,
  m0 = { 'content-type': 'application/json' },
  gt = (t, e) => ({ statusCode: t, headers: m0, body: JSON.stringify(e) }),
  h0 = gt(200, { received: !0 }),
  g0 = gt(401, { error: 'Invalid signature' });
function Fh(t, e) {
  if (!t) return;
  const r = t[e];
  if (r !== void 0) return r;
  for (const o in t) if (o.toLowerCase() === e) return t[o];
}
function S0(t) {
  const e = t.body ?? '';
  if (t.isBase64Encoded) {
    if (e.length > Math.ceil(Ht / 3) * 4 + 4) return;
    const o = Buffer.from(e, 'base64');
    return o.length > Ht ? void 0 : o;
  }
  if (e.length > Ht) return;
  const r = Buffer.from(e, 'utf8');
  return r.length > Ht ? void 0 : r;
}
function Hh(t) {
  const e = t.now ?? Date.now;
  async function r(o) {
    const s = S0(o);
    if (!s)
      return {
        result: gt(413, { error: `Body exceeds ${Ht} bytes` }),
        metric: 'TooLarge',
        level: 'warn',
        message: 'body too large',
        fields: { limitBytes: Ht },
      };
    const n = { plain: Fh(o.headers, Uh), timestamped: Fh(o.headers, $h) },
      i = (y) => ({
        result: g0,
        metric: 'SignatureRejected',
        level: 'warn',
        message: 'signature rejected',
        fields: { reason: y },
      });
    if (n.plain === void 0 && n.timestamped === void 0) return i('missing');
    let a;
    try {
      a = await t.secrets.get();
    } catch (y) {
      return {
        result: gt(503, { error: 'Signing secret unavailable, retry later' }),
        metric: 'SecretUnavailable',
        level: 'error',
        message: 'signing secret unavailable',
        fields: { error: rn(y) },
      };
    }
    let c = { nowSeconds: Math.floor(e() / 1e3), toleranceSeconds: t.toleranceSeconds },
      u = oc(s, n, a, c);
    if (!u.ok && u.reason === 'mismatch') {
      const y = await t.secrets.refreshAfterMiss();
      y && (u = oc(s, n, y, c));
    }
    if (!u.ok) return i(u.reason);
    const d = Nh(s),
      l = d === void 0 ? void 0 : Mh(d);
    if (!l?.ok || d === void 0) {
      const y = l && !l.ok ? l.error : 'Body is not valid UTF-8';
      return {
        result: gt(400, { error: y }),
        metric: 'BadRequest',
        level: 'warn',
        message: 'bad request',
        fields: { error: y },
      };
    }
    const { event: p, data: m } = l.envelope,
      h = f0('sha256').update(s).digest('hex'),
      S = o.requestContext?.timeEpoch ?? e(),
      g = { eventType: p, connectionId: Ph(m), sha256: h, scheme: u.scheme };
    try {
      await t.enqueue({
        body: d,
        plainSignature: n.plain,
        timestampedSignature: n.timestamped,
        receivedAt: S,
        requestId: o.requestContext?.requestId ?? '',
        sha256: h,
        eventType: p,
      });
    } catch (y) {
      return {
        result: gt(503, { error: 'Could not store the event, retry later' }),
        metric: 'EnqueueFailed',
        level: 'error',
        message: 'enqueue failed; answered 503',
        fields: { ...g, receivedAt: S, error: rn(y) },
        eventType: rc(p),
      };
    }
    return {
      result: h0,
      metric: 'Accepted',
      level: 'info',
      message: 'accepted',
      fields: g,
      eventType: rc(p),
    };
  }
  return async (o) => {
    let s = e(),
      n;
    try {
      n = await r(o);
    } catch (i) {
      n = {
        result: gt(503, { error: 'Internal error, retry later' }),
        metric: 'EnqueueFailed',
        level: 'error',
        message: 'unexpected error',
        fields: { error: rn(i) },
      };
    }
    return (
      t.write(
        Dh(
          t.namespace,
          n.eventType ? { Service: 'ingest', EventType: n.eventType } : { Service: 'ingest' },
          [
            ['Received', 1, 'Count'],
            [n.metric, 1, 'Count'],
            ['IngestLatency', e() - s, 'Milliseconds'],
          ],
          {
            level: n.level,
            time: new Date(s).toISOString(),
            message: n.message,
            requestId: o.requestContext?.requestId,
            ...n.fields,
          },
        ),
      ),
      n.result
    );
  };
}
function Vh(t, e = {}) {
  const r = t[he.queueUrl];
  if (!r) throw new Error(`${he.queueUrl} is not set`);
  return Hh({
    secrets: bh(t, e.secretsManager),
    enqueue: Ch(e.sqs ?? new en(Ih), r),
    write: e.write ?? Ja,
    namespace: t[he.metricsNamespace] ?? Jm,
    toleranceSeconds: Xm(t, he.toleranceSeconds, Km),
  });
}
var z$ = Vh(process.env);

export { z$ as handler };
//# sourceMappingURL=index.mjs.map

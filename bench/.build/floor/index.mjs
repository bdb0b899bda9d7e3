import { createRequire as __lavaCreateRequire } from 'node:module';

const require = __lavaCreateRequire(import.meta.url);
var cm = Object.defineProperty;
var p = (t, e, r) => () => {
  if (r) throw r[0];
  try {
    return (t && (e = t((t = 0))), e);
  } catch (o) {
    throw ((r = [o]), o);
  }
};
var um = (t, e) => {
  for (var r in e) cm(t, r, { get: e[r], enumerable: !0 });
};
var yt,
  us = p(() => {
    yt = (t) =>
      (typeof ArrayBuffer == 'function' && t instanceof ArrayBuffer) ||
      Object.prototype.toString.call(t) === '[object ArrayBuffer]';
  });
var er,
  tr,
  St = p(() => {
    us();
    (er = (t, e = 0, r = t.byteLength - e) => {
      if (!yt(t))
        throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
      return Buffer.from(t, e, r);
    }),
      (tr = (t, e) => {
        if (typeof t != 'string')
          throw new TypeError(
            `The "input" argument must be of type string. Received type ${typeof t} (${t})`,
          );
        return e ? Buffer.from(t, e) : Buffer.from(t);
      });
  });
var lm,
  Ke,
  ga = p(() => {
    St();
    (lm = /^[A-Za-z0-9+/]*={0,2}$/),
      (Ke = (t) => {
        if ((t.length * 3) % 4 !== 0) throw new TypeError('Incorrect padding on base64 string.');
        if (!lm.exec(t)) throw new TypeError('Invalid base64 string.');
        const e = tr(t, 'base64');
        return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
      });
  });
var re,
  rr = p(() => {
    St();
    re = (t) => {
      const e = tr(t, 'utf8');
      return new Uint8Array(e.buffer, e.byteOffset, e.byteLength / Uint8Array.BYTES_PER_ELEMENT);
    };
  });
var Je,
  ya = p(() => {
    St();
    rr();
    Je = (t) => {
      let e;
      if (
        (typeof t == 'string' ? (e = re(t)) : (e = t),
        typeof e != 'object' || typeof e.byteOffset != 'number' || typeof e.byteLength != 'number')
      )
        throw new Error('@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.');
      return er(e.buffer, e.byteOffset, e.byteLength).toString('base64');
    };
  });
function Sa(t, e, r, o) {
  return class or extends Uint8Array {
    static fromString(n, i = 'utf-8') {
      if (typeof n == 'string') return i === 'base64' ? or.mutate(o(n)) : or.mutate(e(n));
      throw new Error(`Unsupported conversion from ${typeof n} to Uint8ArrayBlobAdapter.`);
    }
    static mutate(n) {
      return (Object.setPrototypeOf(n, or.prototype), n);
    }
    transformToString(n = 'utf-8') {
      return n === 'base64' ? r(this) : t(this);
    }
  };
}
var Ea = p(() => {});
var pe,
  xa = p(() => {
    St();
    pe = (t) => {
      if (typeof t == 'string') return t;
      if (typeof t != 'object' || typeof t.byteOffset != 'number' || typeof t.byteLength != 'number')
        throw new Error('@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.');
      return er(t.buffer, t.byteOffset, t.byteLength).toString('utf8');
    };
  });
function wa(t) {
  return typeof crypto < 'u' && typeof crypto.randomUUID == 'function'
    ? () => crypto.randomUUID()
    : () => {
        const e = new Uint8Array(16);
        return (
          t(e),
          (e[6] = (e[6] & 15) | 64),
          (e[8] = (e[8] & 63) | 128),
          G[e[0]] +
            G[e[1]] +
            G[e[2]] +
            G[e[3]] +
            '-' +
            G[e[4]] +
            G[e[5]] +
            '-' +
            G[e[6]] +
            G[e[7]] +
            '-' +
            G[e[8]] +
            G[e[9]] +
            '-' +
            G[e[10]] +
            G[e[11]] +
            G[e[12]] +
            G[e[13]] +
            G[e[14]] +
            G[e[15]]
        );
      };
}
var G,
  Aa = p(() => {
    G = Array.from({ length: 256 }, (t, e) => e.toString(16).padStart(2, '0'));
  });
var $e,
  _a = p(() => {
    ((t) => {
      (t.HTTP = 'http'), (t.HTTPS = 'https');
    })($e || ($e = {}));
  });
var ye,
  ba = p(() => {
    ((t) => {
      (t.MD5 = 'md5'), (t.CRC32 = 'crc32'), (t.CRC32C = 'crc32c'), (t.SHA1 = 'sha1'), (t.SHA256 = 'sha256');
    })(ye || (ye = {}));
  });
var Ra = p(() => {
  ba();
});
var ce,
  Ta = p(() => {
    ce = '__smithy_context';
  });
var be,
  Ia = p(() => {
    ((t) => {
      (t.PROFILE = 'profile'), (t.SSO_SESSION = 'sso-session'), (t.SERVICES = 'services');
    })(be || (be = {}));
  });
var Se = p(() => {
  _a();
  Ra();
  Ta();
  Ia();
});
var X,
  Ca = p(() => {
    Se();
    X = (t) => t[ce] || (t[ce] = {});
  });
function A(t, e) {
  return Object.hasOwn(t, e);
}
var fs = p(() => {});
function dm(t) {
  return Object.keys(t).reduce((e, r) => {
    const o = t[r];
    return { ...e, [r]: Array.isArray(o) ? [...o] : o };
  }, {});
}
var D,
  Na = p(() => {
    D = class t {
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
        return (r.query && (r.query = dm(r.query)), r);
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
var Q,
  Oa = p(() => {
    Q = class {
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
var pm,
  me,
  va = p(() => {
    (pm = /^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$/),
      (me = (t, e = !1) => {
        if (!e) return pm.test(t);
        const r = t.split('.');
        for (const o of r) if (!me(o)) return !1;
        return !0;
      });
  });
function ls(t) {
  return /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t);
}
var Ma = p(() => {});
var W,
  Da = p(() => {
    W = (t) => {
      if (typeof t == 'function') return t;
      const e = Promise.resolve(t);
      return () => e;
    };
  });
function Pa(t) {
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
var Ua = p(() => {});
var Re,
  ds = p(() => {
    Ua();
    Re = (t) => {
      if (typeof t == 'string') return Re(new URL(t));
      let { hostname: e, pathname: r, port: o, protocol: s, search: n } = t,
        i;
      return (
        n && (i = Pa(n)), { hostname: e, port: o ? parseInt(o) : void 0, protocol: s, path: r, query: i }
      );
    };
  });
var Te,
  La = p(() => {
    fs();
    ds();
    Te = (t) => {
      if (typeof t == 'object') {
        if ('url' in t) {
          const e = Re(t.url);
          if (t.headers) {
            e.headers = {};
            for (const r in t.headers)
              A(t.headers, r) && (e.headers[r.toLowerCase()] = t.headers[r].join(', '));
          }
          return e;
        }
        return t;
      }
      return Re(t);
    };
  });
var O = p(() => {
  Ca();
  fs();
  Na();
  Oa();
  va();
  Ma();
  Da();
  ds();
  La();
});
var ps,
  mm,
  ka,
  hm,
  $a,
  Ba,
  Fa,
  gm,
  Ha,
  Va,
  ym,
  sr,
  Et,
  za,
  Sm,
  Em,
  qa = p(() => {
    (ps = (t) => {
      if (t != null) {
        if (typeof t == 'string') {
          const e = parseFloat(t);
          if (!Number.isNaN(e))
            return (String(e) !== String(t) && Em.warn(Sm(`Expected number but observed string: ${t}`)), e);
        }
        if (typeof t == 'number') return t;
        throw new TypeError(`Expected number, got ${typeof t}: ${t}`);
      }
    }),
      (mm = Math.ceil(2 ** 127 * (2 - 2 ** -23))),
      (ka = (t) => {
        const e = ps(t);
        if (e !== void 0 && !Number.isNaN(e) && e !== 1 / 0 && e !== -1 / 0 && Math.abs(e) > mm)
          throw new TypeError(`Expected 32-bit float, got ${t}`);
        return e;
      }),
      (hm = (t) => {
        if (t != null) {
          if (Number.isInteger(t) && !Number.isNaN(t)) return t;
          throw new TypeError(`Expected integer, got ${typeof t}: ${t}`);
        }
      }),
      ($a = (t) => Fa(t, 16)),
      (Ba = (t) => Fa(t, 8)),
      (Fa = (t, e) => {
        const r = hm(t);
        if (r !== void 0 && gm(r, e) !== r) throw new TypeError(`Expected ${e}-bit integer, got ${t}`);
        return r;
      }),
      (gm = (t, e) => {
        switch (e) {
          case 32:
            return Int32Array.of(t)[0];
          case 16:
            return Int16Array.of(t)[0];
          case 8:
            return Int8Array.of(t)[0];
        }
      }),
      (Ha = (t) => ps(typeof t == 'string' ? sr(t) : t)),
      (Va = (t) => ka(typeof t == 'string' ? sr(t) : t)),
      (ym = /(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g),
      (sr = (t) => {
        const e = t.match(ym);
        if (e === null || e[0].length !== t.length)
          throw new TypeError('Expected real number, got implicit NaN');
        return parseFloat(t);
      }),
      (Et = (t) => $a(typeof t == 'string' ? sr(t) : t)),
      (za = (t) => Ba(typeof t == 'string' ? sr(t) : t)),
      (Sm = (t) =>
        String(new TypeError(t).stack || t)
          .split(`
`)
          .slice(0, 5)
          .filter((e) => !e.includes('stackTraceWarning'))
          .join(`
`)),
      (Em = { warn: console.warn });
  });
function gs(t) {
  const e = t.getUTCFullYear(),
    r = t.getUTCMonth(),
    o = t.getUTCDay(),
    s = t.getUTCDate(),
    n = t.getUTCHours(),
    i = t.getUTCMinutes(),
    a = t.getUTCSeconds(),
    c = s < 10 ? `0${s}` : `${s}`,
    u = n < 10 ? `0${n}` : `${n}`,
    l = i < 10 ? `0${i}` : `${i}`,
    f = a < 10 ? `0${a}` : `${a}`;
  return `${xm[o]}, ${c} ${hs[r]} ${e} ${u}:${l}:${f} GMT`;
}
var xm,
  hs,
  Bx,
  wm,
  ys,
  Am,
  _m,
  bm,
  wt,
  Ss,
  nr,
  Rm,
  Tm,
  Im,
  ms,
  Cm,
  Nm,
  Om,
  Ie,
  vm,
  Mm,
  xt,
  ja = p(() => {
    qa();
    (xm = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']),
      (hs = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    (Bx = new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/)),
      (wm = new RegExp(
        /^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/,
      )),
      (ys = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC-3339 date-times must be expressed as strings');
        const e = wm.exec(t);
        if (!e) throw new TypeError('Invalid RFC-3339 date-time value');
        const [r, o, s, n, i, a, c, u, l] = e,
          f = Et(xt(o)),
          d = Ie(s, 'month', 1, 12),
          m = Ie(n, 'day', 1, 31),
          h = nr(f, d, m, { hours: i, minutes: a, seconds: c, fractionalMilliseconds: u });
        return (l.toUpperCase() != 'Z' && h.setTime(h.getTime() - Mm(l)), h);
      }),
      (Am = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (_m = new RegExp(
        /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/,
      )),
      (bm = new RegExp(
        /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/,
      )),
      (wt = (t) => {
        if (t == null) return;
        if (typeof t != 'string') throw new TypeError('RFC-7231 date-times must be expressed as strings');
        let e = Am.exec(t);
        if (e) {
          const [r, o, s, n, i, a, c, u] = e;
          return nr(Et(xt(n)), ms(s), Ie(o, 'day', 1, 31), {
            hours: i,
            minutes: a,
            seconds: c,
            fractionalMilliseconds: u,
          });
        }
        if (((e = _m.exec(t)), e)) {
          const [r, o, s, n, i, a, c, u] = e;
          return Im(
            nr(Rm(n), ms(s), Ie(o, 'day', 1, 31), {
              hours: i,
              minutes: a,
              seconds: c,
              fractionalMilliseconds: u,
            }),
          );
        }
        if (((e = bm.exec(t)), e)) {
          const [r, o, s, n, i, a, c, u] = e;
          return nr(Et(xt(u)), ms(o), Ie(s.trimLeft(), 'day', 1, 31), {
            hours: n,
            minutes: i,
            seconds: a,
            fractionalMilliseconds: c,
          });
        }
        throw new TypeError('Invalid RFC-7231 date-time value');
      }),
      (Ss = (t) => {
        if (t == null) return;
        let e;
        if (typeof t == 'number') e = t;
        else if (typeof t == 'string') e = Ha(t);
        else if (typeof t == 'object' && t.tag === 1) e = t.value;
        else
          throw new TypeError(
            'Epoch timestamps must be expressed as floating point numbers or their string representation',
          );
        if (Number.isNaN(e) || e === 1 / 0 || e === -1 / 0)
          throw new TypeError('Epoch timestamps must be valid, non-Infinite, non-NaN numerics');
        return new Date(Math.round(e * 1e3));
      }),
      (nr = (t, e, r, o) => {
        const s = e - 1;
        return (
          Nm(t, s, r),
          new Date(
            Date.UTC(
              t,
              s,
              r,
              Ie(o.hours, 'hour', 0, 23),
              Ie(o.minutes, 'minute', 0, 59),
              Ie(o.seconds, 'seconds', 0, 60),
              vm(o.fractionalMilliseconds),
            ),
          )
        );
      }),
      (Rm = (t) => {
        const e = new Date().getUTCFullYear(),
          r = Math.floor(e / 100) * 100 + Et(xt(t));
        return r < e ? r + 100 : r;
      }),
      (Tm = 50 * 365 * 24 * 60 * 60 * 1e3),
      (Im = (t) =>
        t.getTime() - new Date().getTime() > Tm
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
      (ms = (t) => {
        const e = hs.indexOf(t);
        if (e < 0) throw new TypeError(`Invalid month: ${t}`);
        return e + 1;
      }),
      (Cm = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]),
      (Nm = (t, e, r) => {
        let o = Cm[e];
        if ((e === 1 && Om(t) && (o = 29), r > o))
          throw new TypeError(`Invalid day for ${hs[e]} in ${t}: ${r}`);
      }),
      (Om = (t) => t % 4 === 0 && (t % 100 !== 0 || t % 400 === 0)),
      (Ie = (t, e, r, o) => {
        const s = za(xt(t));
        if (s < r || s > o) throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);
        return s;
      }),
      (vm = (t) => (t == null ? 0 : Va('0.' + t) * 1e3)),
      (Mm = (t) => {
        let e = t[0],
          r = 1;
        if (e == '+') r = 1;
        else if (e == '-') r = -1;
        else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);
        const o = Number(t.substring(1, 3)),
          s = Number(t.substring(4, 6));
        return r * (o * 60 + s) * 60 * 1e3;
      }),
      (xt = (t) => {
        let e = 0;
        for (; e < t.length - 1 && t.charAt(e) === '0'; ) e++;
        return e === 0 ? t : t.slice(e);
      });
  });
var ue,
  Ga = p(() => {
    ue = (e) =>
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
    ue.from = (t) =>
      t && typeof t == 'object' && (t instanceof ue || 'deserializeJSON' in t)
        ? t
        : typeof t == 'string' || Object.getPrototypeOf(t) === String.prototype
          ? ue(String(t))
          : ue(JSON.stringify(t));
    ue.fromObject = ue.from;
  });
var Qa,
  K,
  Wa = p(() => {
    (Qa = /^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/),
      (K = class t {
        string;
        type;
        constructor(e, r) {
          if (((this.string = e), (this.type = r), !Qa.test(e)))
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
          return t.prototype.isPrototypeOf(e) || (r.type === 'bigDecimal' && Qa.test(r.string));
        }
      });
  });
function At(t) {
  if (t.length % 2 !== 0) throw new Error('Hex encoded strings must have an even number length');
  const e = new Uint8Array(t.length / 2);
  for (let r = 0; r < t.length; r += 2) {
    const o = t.slice(r, r + 2).toLowerCase();
    if (o in Es) e[r / 2] = Es[o];
    else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`);
  }
  return e;
}
function $(t) {
  let e = '';
  for (let r = 0; r < t.byteLength; r++) e += Ka[t[r]];
  return e;
}
var Ka,
  Es,
  Ja = p(() => {
    (Ka = {}), (Es = {});
    for (let t = 0; t < 256; t++) {
      let e = t.toString(16).toLowerCase();
      e.length === 1 && (e = `0${e}`), (Ka[t] = e), (Es[e] = t);
    }
  });

import { ReadStream as Dm, fstatSync as Pm, lstatSync as Um } from 'node:fs';

var xs,
  Xa = p(() => {
    xs = (t) => {
      if (!t) return 0;
      if (typeof t == 'string') return Buffer.byteLength(t);
      if (typeof t.byteLength == 'number') return t.byteLength;
      if (typeof t.size == 'number') return t.size;
      if (typeof t.start == 'number' && typeof t.end == 'number') return t.end + 1 - t.start;
      if (t instanceof Dm) {
        if (t.path != null) return Um(t.path).size;
        if (typeof t.fd == 'number') return Pm(t.fd).size;
      }
      throw new Error(`Body Length computation failed for ${t}`);
    };
  });
var V,
  Ya = p(() => {
    rr();
    V = (t) =>
      t instanceof Uint8Array
        ? t
        : typeof t == 'string'
          ? re(t)
          : ArrayBuffer.isView(t)
            ? new Uint8Array(t.buffer, t.byteOffset, t.byteLength / Uint8Array.BYTES_PER_ELEMENT)
            : new Uint8Array(t);
  });
function ir(t, e) {
  if (e === void 0) {
    e = 0;
    for (const s of t) e += s.byteLength;
  }
  let r = new Uint8Array(e),
    o = 0;
  for (const s of t) r.set(s, o), (o += s.byteLength);
  return r;
}
var ws = p(() => {});
var Xe,
  As = p(() => {
    Xe = class t extends Error {
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
var Ee,
  ar = p(() => {
    As();
    Ee = class t extends Xe {
      name = 'CredentialsProviderError';
      constructor(e, r = !0) {
        super(e, r), Object.setPrototypeOf(this, t.prototype);
      }
    };
  });
var Za,
  ec = p(() => {
    As();
    Za =
      (...t) =>
      async () => {
        if (t.length === 0) throw new Xe('No providers in chain');
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
var tc,
  rc = p(() => {
    tc = (t) => () => Promise.resolve(t);
  });
var cr,
  _s = p(() => {
    cr = (t, e, r) => {
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
var oe,
  ur = p(() => {
    oe = (t, e, r) => {
      if (e in t) {
        if (t[e] === 'true') return !0;
        if (t[e] === 'false') return !1;
        throw new Error(`Cannot load ${r} "${e}". Expected "true" or "false", got ${t[e]}.`);
      }
    };
  });
var J,
  fr = p(() => {
    ((t) => {
      (t.ENV = 'env'), (t.CONFIG = 'shared config entry');
    })(J || (J = {}));
  });

import { homedir as Lm } from 'node:os';
import { sep as km } from 'node:path';

var bs,
  $m,
  Ye,
  lr = p(() => {
    (bs = {}),
      ($m = () => (process && process.geteuid ? `${process.geteuid()}` : 'DEFAULT')),
      (Ye = () => {
        const { HOME: t, USERPROFILE: e, HOMEPATH: r, HOMEDRIVE: o = `C:${km}` } = process.env;
        if (t) return t;
        if (e) return e;
        if (r) return `${o}${r}`;
        const s = $m();
        return (bs[s] || (bs[s] = Lm()), bs[s]);
      });
  });
var Bm,
  Fm,
  oc,
  sc = p(() => {
    (Bm = 'AWS_PROFILE'), (Fm = 'default'), (oc = (t) => t.profile || process.env[Bm] || Fm);
  });
var nc,
  ic = p(() => {
    Se();
    nc = (t) =>
      Object.entries(t)
        .filter(([e]) => {
          const r = e.indexOf('.');
          return r === -1 ? !1 : Object.values(be).includes(e.substring(0, r));
        })
        .reduce(
          (e, [r, o]) => {
            const s = r.indexOf('.'),
              n = r.substring(0, s) === be.PROFILE ? r.substring(s + 1) : r;
            return ((e[n] = o), e);
          },
          { ...(t.default && { default: t.default }) },
        );
  });

import { join as Hm } from 'node:path';

var Vm,
  ac,
  cc = p(() => {
    lr();
    (Vm = 'AWS_CONFIG_FILE'), (ac = () => process.env[Vm] || Hm(Ye(), '.aws', 'config'));
  });

import { join as zm } from 'node:path';

var qm,
  uc,
  fc = p(() => {
    lr();
    (qm = 'AWS_SHARED_CREDENTIALS_FILE'), (uc = () => process.env[qm] || zm(Ye(), '.aws', 'credentials'));
  });
var jm,
  Gm,
  Rs,
  lc = p(() => {
    Se();
    (jm = /^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/),
      (Gm = ['__proto__', 'profile __proto__']),
      (Rs = (t) => {
        let e = {},
          r,
          o;
        for (const s of t.split(/\r?\n/)) {
          const n = s.split(/(^|\s)[;#]/)[0].trim();
          if (n[0] === '[' && n[n.length - 1] === ']') {
            (r = void 0), (o = void 0);
            const a = n.substring(1, n.length - 1),
              c = jm.exec(a);
            if (c) {
              const [, u, , l] = c;
              Object.values(be).includes(u) && (r = [u, l].join('.'));
            } else r = a;
            if (Gm.includes(a)) throw new Error(`Found invalid profile name "${a}"`);
          } else if (r) {
            const a = n.indexOf('=');
            if (![0, -1].includes(a)) {
              const [c, u] = [n.substring(0, a).trim(), n.substring(a + 1).trim()];
              if (u === '') o = c;
              else {
                o && s.trimStart() === s && (o = void 0), (e[r] = e[r] || {});
                const l = o ? [o, c].join('.') : c;
                e[r][l] = u;
              }
            }
          }
        }
        return e;
      });
  });

import { readFile as Qm } from 'node:fs/promises';

var Ts,
  dc,
  Is,
  pc = p(() => {
    (Ts = {}),
      (dc = {}),
      (Is = (t, e) =>
        dc[t] !== void 0 ? dc[t] : ((!Ts[t] || e?.ignoreCache) && (Ts[t] = Qm(t, 'utf8')), Ts[t]));
  });

import { join as mc } from 'node:path';

var hc,
  gc,
  yc = p(() => {
    ic();
    cc();
    fc();
    lr();
    lc();
    pc();
    (hc = () => ({})),
      (gc = async (t = {}) => {
        let { filepath: e = uc(), configFilepath: r = ac() } = t,
          o = Ye(),
          s = '~/',
          n = e;
        e.startsWith(s) && (n = mc(o, e.slice(2)));
        let i = r;
        r.startsWith(s) && (i = mc(o, r.slice(2)));
        const a = await Promise.all([
          Is(i, { ignoreCache: t.ignoreCache }).then(Rs).then(nc).catch(hc),
          Is(n, { ignoreCache: t.ignoreCache }).then(Rs).catch(hc),
        ]);
        return { configFile: a[0], credentialsFile: a[1] };
      });
  });
function dr(t) {
  try {
    const e = new Set(Array.from(t.match(/([A-Z_]){3,}/g) ?? []));
    return (e.delete('CONFIG'), e.delete('CONFIG_PREFIX_SEPARATOR'), e.delete('ENV'), [...e].join(', '));
  } catch {
    return t;
  }
}
var Cs = p(() => {});
var Sc,
  Ec = p(() => {
    ar();
    Cs();
    Sc = (t, e) => async () => {
      try {
        const r = t(process.env, e);
        if (r === void 0) throw new Error();
        return r;
      } catch (r) {
        throw new Ee(r.message || `Not found in ENV: ${dr(t.toString())}`, { logger: e?.logger });
      }
    };
  });
var xc,
  wc = p(() => {
    ar();
    sc();
    yc();
    Cs();
    xc =
      (t, { preferredFile: e = 'config', ...r } = {}) =>
      async () => {
        const o = oc(r),
          { configFile: s, credentialsFile: n } = await gc(r),
          i = n[o] || {},
          a = s[o] || {},
          c = e === 'config' ? { ...i, ...a } : { ...a, ...i };
        try {
          const l = t(c, e === 'config' ? s : n);
          if (l === void 0) throw new Error();
          return l;
        } catch (u) {
          throw new Ee(u.message || `Not found in config files w/ profile [${o}]: ${dr(t.toString())}`, {
            logger: r.logger,
          });
        }
      };
  });
var Wm,
  Ac,
  _c = p(() => {
    rc();
    (Wm = (t) => typeof t == 'function'), (Ac = (t) => (Wm(t) ? async () => await t() : tc(t)));
  });
var z,
  Ns = p(() => {
    ec();
    _s();
    Ec();
    wc();
    _c();
    z = ({ environmentVariableSelector: t, configFileSelector: e, default: r }, o = {}) => {
      const { signingName: s, logger: n } = o;
      return cr(Za(Sc(t, { signingName: s, logger: n }), xc(e, o), Ac(r)));
    };
  });
var bc,
  Rc,
  Os,
  Tc = p(() => {
    ur();
    fr();
    (bc = 'AWS_USE_DUALSTACK_ENDPOINT'),
      (Rc = 'use_dualstack_endpoint'),
      (Os = {
        environmentVariableSelector: (t) => oe(t, bc, J.ENV),
        configFileSelector: (t) => oe(t, Rc, J.CONFIG),
        default: !1,
      });
  });
var Ic,
  Cc,
  vs,
  Nc = p(() => {
    ur();
    fr();
    (Ic = 'AWS_USE_FIPS_ENDPOINT'),
      (Cc = 'use_fips_endpoint'),
      (vs = {
        environmentVariableSelector: (t) => oe(t, Ic, J.ENV),
        configFileSelector: (t) => oe(t, Cc, J.CONFIG),
        default: !1,
      });
  });
var Be,
  Ce,
  Ze,
  Oc,
  vc,
  Ms = p(() => {
    (Be = (t, e) => {
      const r = [];
      if ((t && r.push(t), e)) for (const o of e) r.push(o);
      return r;
    }),
      (Ce = (t, e) => `${t || 'anonymous'}${e && e.length > 0 ? ` (a.k.a. ${e.join(',')})` : ''}`),
      (Ze = () => {
        let t = [],
          e = [],
          r = !1,
          o = new Set(),
          s = (f) =>
            f.sort(
              (d, m) => Oc[m.step] - Oc[d.step] || vc[m.priority || 'normal'] - vc[d.priority || 'normal'],
            ),
          n = (f) => {
            let d = !1,
              m = (h) => {
                const y = Be(h.name, h.aliases);
                if (y.includes(f)) {
                  d = !0;
                  for (const g of y) o.delete(g);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(m)), (e = e.filter(m)), d);
          },
          i = (f) => {
            let d = !1,
              m = (h) => {
                if (h.middleware === f) {
                  d = !0;
                  for (const y of Be(h.name, h.aliases)) o.delete(y);
                  return !1;
                }
                return !0;
              };
            return ((t = t.filter(m)), (e = e.filter(m)), d);
          },
          a = (f) => (
            t.forEach((d) => {
              f.add(d.middleware, { ...d });
            }),
            e.forEach((d) => {
              f.addRelativeTo(d.middleware, { ...d });
            }),
            f.identifyOnResolve?.(l.identifyOnResolve()),
            f
          ),
          c = (f) => {
            const d = [];
            return (
              f.before.forEach((m) => {
                m.before.length === 0 && m.after.length === 0 ? d.push(m) : d.push(...c(m));
              }),
              d.push(f),
              f.after.reverse().forEach((m) => {
                m.before.length === 0 && m.after.length === 0 ? d.push(m) : d.push(...c(m));
              }),
              d
            );
          },
          u = (f = !1) => {
            const d = [],
              m = [],
              h = {};
            return (
              t.forEach((g) => {
                const E = { ...g, before: [], after: [] };
                for (const x of Be(E.name, E.aliases)) h[x] = E;
                d.push(E);
              }),
              e.forEach((g) => {
                const E = { ...g, before: [], after: [] };
                for (const x of Be(E.name, E.aliases)) h[x] = E;
                m.push(E);
              }),
              m.forEach((g) => {
                if (g.toMiddleware) {
                  const E = h[g.toMiddleware];
                  if (E === void 0) {
                    if (f) return;
                    throw new Error(
                      `${g.toMiddleware} is not found when adding ${Ce(g.name, g.aliases)} middleware ${g.relation} ${g.toMiddleware}`,
                    );
                  }
                  g.relation === 'after' && E.after.push(g), g.relation === 'before' && E.before.push(g);
                }
              }),
              s(d)
                .map(c)
                .reduce((g, E) => (g.push(...E), g), [])
            );
          },
          l = {
            add: (f, d = {}) => {
              const { name: m, override: h, aliases: y } = d,
                g = { step: 'initialize', priority: 'normal', middleware: f, ...d },
                E = Be(m, y);
              if (E.length > 0) {
                if (E.some((x) => o.has(x))) {
                  if (!h) throw new Error(`Duplicate middleware name '${Ce(m, y)}'`);
                  for (const x of E) {
                    const _ = t.findIndex((k) => k.name === x || k.aliases?.some((j) => j === x));
                    if (_ === -1) continue;
                    const T = t[_];
                    if (T.step !== g.step || g.priority !== T.priority)
                      throw new Error(
                        `"${Ce(T.name, T.aliases)}" middleware with ${T.priority} priority in ${T.step} step cannot be overridden by "${Ce(m, y)}" middleware with ${g.priority} priority in ${g.step} step.`,
                      );
                    t.splice(_, 1);
                  }
                }
                for (const x of E) o.add(x);
              }
              t.push(g);
            },
            addRelativeTo: (f, d) => {
              const { name: m, override: h, aliases: y } = d,
                g = { middleware: f, ...d },
                E = Be(m, y);
              if (E.length > 0) {
                if (E.some((x) => o.has(x))) {
                  if (!h) throw new Error(`Duplicate middleware name '${Ce(m, y)}'`);
                  for (const x of E) {
                    const _ = e.findIndex((k) => k.name === x || k.aliases?.some((j) => j === x));
                    if (_ === -1) continue;
                    const T = e[_];
                    if (T.toMiddleware !== g.toMiddleware || T.relation !== g.relation)
                      throw new Error(
                        `"${Ce(T.name, T.aliases)}" middleware ${T.relation} "${T.toMiddleware}" middleware cannot be overridden by "${Ce(m, y)}" middleware ${g.relation} "${g.toMiddleware}" middleware.`,
                      );
                    e.splice(_, 1);
                  }
                }
                for (const x of E) o.add(x);
              }
              e.push(g);
            },
            clone: () => a(Ze()),
            use: (f) => {
              f.applyToStack(l);
            },
            remove: (f) => (typeof f == 'string' ? n(f) : i(f)),
            removeByTag: (f) => {
              let d = !1,
                m = (h) => {
                  const { tags: y, name: g, aliases: E } = h;
                  if (y && y.includes(f)) {
                    const x = Be(g, E);
                    for (const _ of x) o.delete(_);
                    return ((d = !0), !1);
                  }
                  return !0;
                };
              return ((t = t.filter(m)), (e = e.filter(m)), d);
            },
            concat: (f) => {
              const d = a(Ze());
              return (
                d.use(f),
                d.identifyOnResolve(r || d.identifyOnResolve() || (f.identifyOnResolve?.() ?? !1)),
                d
              );
            },
            applyToStack: a,
            identify: () =>
              u(!0).map((f) => {
                const d = f.step ?? f.relation + ' ' + f.toMiddleware;
                return Ce(f.name, f.aliases) + ' - ' + d;
              }),
            identifyOnResolve(f) {
              return (typeof f == 'boolean' && (r = f), r);
            },
            resolve: (f, d) => {
              for (const m of u()
                .map((h) => h.middleware)
                .reverse())
                f = m(f, d);
              return (r && console.log(l.identify()), f);
            },
          };
        return l;
      }),
      (Oc = { initialize: 5, serialize: 4, build: 3, finalizeRequest: 2, deserialize: 1 }),
      (vc = { high: 3, normal: 2, low: 1 });
  });
var bt,
  Mc = p(() => {
    Ms();
    bt = class {
      config;
      middlewareStack = Ze();
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
var Fe,
  Ds = p(() => {
    Fe = (t) => (typeof t == 'function' ? t() : t);
  });
var pr,
  Ps = p(() => {
    pr = (t, e, r, o, s) => ({ name: e, namespace: t, traits: r, input: o, output: s });
  });
var Dc,
  Us,
  Pc = p(() => {
    O();
    Ps();
    (Dc = (t) => (e, r) => async (o) => {
      const { response: s } = await e(o),
        { operationSchema: n } = X(r),
        [, i, a, c, u, l] = n ?? [];
      try {
        const f = await t.protocol.deserializeResponse(pr(i, a, c, u, l), { ...t, ...r }, s);
        return { response: s, output: f };
      } catch (f) {
        if (
          (Object.defineProperty(f, '$response', {
            value: s,
            enumerable: !1,
            writable: !1,
            configurable: !1,
          }),
          !('$metadata' in f))
        ) {
          const d =
            'Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.';
          try {
            f.message +=
              `
  ` + d;
          } catch {
            !r.logger || r.logger?.constructor?.name === 'NoOpLogger' ? console.warn(d) : r.logger?.warn?.(d);
          }
          typeof f.$responseBodyText < 'u' && f.$response && (f.$response.body = f.$responseBodyText);
          try {
            if (Q.isInstance(s)) {
              const { headers: m = {}, statusCode: h } = s,
                y = Object.entries(m);
              f.$metadata = {
                httpStatusCode: h,
                requestId: Us(/^x-[\w-]+-request-?id$/, y),
                extendedRequestId: Us(/^x-[\w-]+-id-2$/, y),
                cfId: Us(/^x-[\w-]+-cf-id$/, y),
              };
            }
          } catch {}
        }
        throw f;
      }
    }),
      (Us = (t, e) => (e.find(([r]) => r.match(t)) || [void 0, void 0])[1]);
  });
var Uc,
  Lc = p(() => {
    O();
    Ps();
    Uc = (t) => (e, r) => async (o) => {
      const { operationSchema: s } = X(r),
        [, n, i, a, c, u] = s ?? [],
        l = r.endpointV2 ? async () => Te(r.endpointV2) : t.endpoint,
        f = await t.protocol.serializeRequest(pr(n, i, a, c, u), o.input, { ...t, ...r, endpoint: l });
      return e({ ...o, request: f });
    };
  });
function Ls(t) {
  return {
    applyToStack: (e) => {
      e.add(Uc(t), $c), e.add(Dc(t), kc), t.protocol.setSerdeContext(t);
    },
  };
}
var kc,
  $c,
  Bc = p(() => {
    Pc();
    Lc();
    (kc = { name: 'deserializerMiddleware', step: 'deserialize', tags: ['DESERIALIZER'], override: !0 }),
      ($c = { name: 'serializerMiddleware', step: 'serialize', tags: ['SERIALIZER'], override: !0 });
  });
function Ne(t) {
  if (typeof t == 'object') return t;
  if (((t = t | 0), mr[t])) return mr[t];
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
  return (mr[t] = e);
}
var mr,
  ks = p(() => {
    mr = [];
  });
function Tt(t, e) {
  if (t instanceof C) return Object.assign(t, { memberName: e, _isMemberSchema: !0 });
  const r = C;
  return new r(t, e);
}
var Rt,
  hr,
  gr,
  C,
  $s,
  Fc,
  Hc = p(() => {
    Ds();
    ks();
    (Rt = { it: Symbol.for('@smithy/nor-struct-it'), ns: Symbol.for('@smithy/ns') }),
      (hr = []),
      (gr = {}),
      (C = class t {
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
          for (this._isMemberSchema = !1; $s(s); )
            o.push(s[1]), (s = s[0]), (n = Fe(s)), (this._isMemberSchema = !0);
          if (o.length > 0) {
            this.memberTraits = {};
            for (let i = o.length - 1; i >= 0; --i) {
              const a = o[i];
              Object.assign(this.memberTraits, Ne(a));
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
            ((this.schema = Fe(n)),
            Fc(this.schema)
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
            if (hr[e]) return hr[e];
          } else if (typeof e == 'string') {
            if (gr[e]) return gr[e];
          } else if (r && e[Rt.ns]) return e[Rt.ns];
          const o = Fe(e);
          if (o instanceof t) return o;
          if ($s(o)) {
            const [n, i] = o;
            if (n instanceof t) return (Object.assign(n.getMergedTraits(), Ne(i)), n);
            throw new Error(
              `@smithy/core/schema - may not init unwrapped member schema=${JSON.stringify(e, null, 2)}.`,
            );
          }
          const s = new t(o);
          return r
            ? (e[Rt.ns] = s)
            : typeof o == 'string'
              ? (gr[o] = s)
              : typeof o == 'number'
                ? (hr[o] = s)
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
          return Ne(this.memberTraits);
        }
        getOwnTraits() {
          return Ne(this.traits);
        }
        getKeySchema() {
          const [e, r] = [this.isDocumentSchema(), this.isMapSchema()];
          if (!e && !r)
            throw new Error(`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);
          const o = this.getSchema(),
            s = e ? 15 : (o[4] ?? 0);
          return Tt([s, 0], 'key');
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
          if (n != null) return Tt([n, 0], o ? 'value' : 'member');
          throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`);
        }
        getMemberSchema(e) {
          const r = this.getSchema();
          if (this.isStructSchema() && r[4].includes(e)) {
            const o = r[4].indexOf(e),
              s = r[5][o];
            return Tt($s(s) ? s : [s, 0], e);
          }
          if (this.isDocumentSchema()) return Tt([15, 0], e);
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
            o = e[Rt.it];
          if (o && r === o.length) {
            yield* o;
            return;
          }
          o = Array(r);
          for (let s = 0; s < r; ++s) {
            const n = e[4][s],
              i = Tt([e[5][s], 0], n);
            yield (o[s] = [n, i]);
          }
          e[Rt.it] = o;
        }
      });
    ($s = (t) => Array.isArray(t) && t.length === 2), (Fc = (t) => Array.isArray(t) && t.length >= 5);
  });
var se,
  Vc = p(() => {
    se = class t {
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
var Y = p(() => {
  Ds();
  Bc();
  Hc();
  ks();
  Vc();
});
function et(t, e) {
  if (e == null) return e;
  const r = C.of(t);
  if (r.getMergedTraits().sensitive) return Bs;
  if (r.isListSchema()) {
    const o = r.getValueSchema();
    if (o.getMergedTraits().sensitive) return Bs;
    if (Array.isArray(e)) return e.map((s) => et(o, s));
  } else if (r.isMapSchema()) {
    const o = r.getValueSchema();
    if (r.getKeySchema().getMergedTraits().sensitive || o.getMergedTraits().sensitive) return Bs;
    if (typeof e == 'object') return Object.fromEntries(Object.entries(e).map(([s, n]) => [s, et(o, n)]));
  } else if (r.isStructSchema() && typeof e == 'object') {
    const o = e,
      s = {};
    for (const [n, i] of r.structIterator()) o[n] != null && (s[n] = et(i, o[n]));
    return s;
  }
  return e;
}
var Bs,
  zc = p(() => {
    Y();
    Bs = '***SensitiveInformation***';
  });
var qc,
  It,
  Fs,
  jc = p(() => {
    Se();
    Ms();
    zc();
    Y();
    (qc = Symbol.for('@smithy/op-event-stream')),
      (It = class {
        middlewareStack = Ze();
        schema;
        static classBuilder() {
          return new Fs();
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
            additionalContext: l,
            CommandCtor: f,
          },
        ) {
          for (const k of s.bind(this)(f, e, r, o)) this.middlewareStack.use(k);
          let d = e.concat(this.middlewareStack),
            { logger: m } = r,
            h = l[ce],
            y = {
              logger: m,
              clientName: n,
              commandName: i,
              inputFilterSensitiveLog: a,
              outputFilterSensitiveLog: c,
              ...l,
              [ce]: {
                ...h,
                commandInstance: this,
                ...u,
                ...(o?.metricsRecorder === void 0 ? {} : { metricsRecorder: o.metricsRecorder }),
                ...(o?.abortSignal === void 0 ? {} : { abortSignal: o.abortSignal }),
              },
            },
            { requestHandler: g } = r,
            E = o ?? {};
          E.metricsRecorder && ((E = { ...E }), delete E.metricsRecorder);
          let x,
            _ = this.schema,
            T = _?.[qc];
          if (T !== void 0) x = T;
          else if (_ && Array.isArray(_) && _[0] === 9) {
            const [, , , , k, j] = _;
            x = _[qc] = !!(C.of(k).getEventStreamMember() || C.of(j).getEventStreamMember());
          }
          return (x && (E = { isEventStream: x, ...E }), d.resolve((k) => g.handle(k.request, E), y));
        }
      }),
      (Fs = class {
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
          return (r = class extends It {
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
                inputFilterSensitiveLog: e._inputFilterSensitiveLog ?? (i ? et.bind(null, a) : (u) => u),
                outputFilterSensitiveLog: e._outputFilterSensitiveLog ?? (i ? et.bind(null, c) : (u) => u),
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
var Ct,
  yr,
  Gc = p(() => {
    (Ct = class t extends Error {
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
      (yr = (t, e = {}) => {
        Object.entries(e)
          .filter(([, o]) => o !== void 0)
          .forEach(([o, s]) => {
            (t[o] == null || t[o] === '') && (t[o] = s);
          });
        const r = t.message || t.Message || 'UnknownError';
        return ((t.message = r), delete t.Message, t);
      });
  });
var Hs,
  Qc = p(() => {
    Hs = (t) => {
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
var Wc,
  Vs,
  Kc = p(() => {
    (Wc = !1),
      (Vs = (t) => {
        t && !Wc && parseInt(t.substring(1, t.indexOf('.'))) < 16 && (Wc = !0);
      });
  });
var Jc,
  Xc,
  Yc,
  Zc = p(() => {
    O();
    Se();
    (Jc = Object.values(ye)),
      (Xc = (t) => {
        const e = [];
        for (const r in ye) {
          if (!A(ye, r)) continue;
          const o = ye[r];
          t[o] !== void 0 && e.push({ algorithmId: () => o, checksumConstructor: () => t[o] });
        }
        for (const [r, o] of Object.entries(t.checksumAlgorithms ?? {}))
          e.push({ algorithmId: () => r, checksumConstructor: () => o });
        return {
          addChecksumAlgorithm(r) {
            t.checksumAlgorithms = t.checksumAlgorithms ?? {};
            const o = r.algorithmId(),
              s = r.checksumConstructor();
            Jc.includes(o) ? (t.checksumAlgorithms[o.toUpperCase()] = s) : (t.checksumAlgorithms[o] = s),
              e.push(r);
          },
          checksumAlgorithms() {
            return e;
          },
        };
      }),
      (Yc = (t) => {
        const e = {};
        return (
          t.checksumAlgorithms().forEach((r) => {
            const o = r.algorithmId();
            Jc.includes(o) && (e[o] = r.checksumConstructor());
          }),
          e
        );
      });
  });
var eu,
  tu,
  ru = p(() => {
    (eu = (t) => ({
      setRetryStrategy(e) {
        t.retryStrategy = e;
      },
      retryStrategy() {
        return t.retryStrategy;
      },
    })),
      (tu = (t) => {
        const e = {};
        return ((e.retryStrategy = t.retryStrategy()), e);
      });
  });
var zs,
  qs,
  ou = p(() => {
    Zc();
    ru();
    (zs = (t) => Object.assign(Xc(t), eu(t))), (qs = (t) => Object.assign(Yc(t), tu(t)));
  });
var fe,
  su = p(() => {
    fe = class {
      trace() {}
      debug() {}
      info() {}
      warn() {}
      error() {}
    };
  });
function js(t, e, r, o) {
  return (n, i, a, c, u = {}) => {
    const l = Object.assign({}, t, n);
    return It.classBuilder()
      .ep(l)
      .m(function (f, d, m, h) {
        const y = i.call(this, f, d, m, h);
        return (y.unshift(o(m, f.getEndpointParameterInstructions())), y);
      })
      .s(e, a, u)
      .n(r, a.charAt(0).toUpperCase() + a.slice(1) + 'Command')
      .sc(c)
      .build();
  };
}
var nu = p(() => {
  jc();
});
var Z = p(() => {
  O();
  O();
  Mc();
  Qc();
  Kc();
  Gc();
  ou();
  su();
  nu();
});
var iu,
  Gs,
  Qs,
  au,
  cu,
  uu,
  fu,
  lu,
  du,
  Ws = p(() => {
    (iu = 'AWS_EXECUTION_ENV'),
      (Gs = 'AWS_REGION'),
      (Qs = 'AWS_DEFAULT_REGION'),
      (au = 'AWS_EC2_METADATA_DISABLED'),
      (cu = ['in-region', 'cross-region', 'mobile', 'standard', 'legacy']),
      (uu = '/latest/meta-data/placement/region'),
      (fu = '/latest/api/token'),
      (lu = 'x-aws-ec2-metadata-token'),
      (du = 'x-aws-ec2-metadata-token-ttl-seconds');
  });
var pu,
  Km,
  gu,
  Sr,
  mu,
  Jm,
  hu,
  Ks = p(() => {
    Ws();
    (pu = 1e3),
      (Km = 6e4),
      (gu = 0),
      (Sr = async () => {
        if (!process.env[au] && !(Date.now() < gu))
          try {
            const t = Jm(),
              e = (await hu({ ...t, path: fu, method: 'PUT', headers: { [du]: '21600' } })).toString();
            return (
              (await hu({ ...t, path: uu, method: 'GET', headers: { [lu]: e } })).toString().trim() || mu()
            );
          } catch {
            return mu();
          }
      }),
      (mu = () => {
        gu = Date.now() + Km;
      }),
      (Jm = () => {
        const t = process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;
        if (t) {
          const e = new URL(t);
          return { hostname: e.hostname.replace(/^\[(.+)]$/, '$1'), port: e.port ? Number(e.port) : void 0 };
        }
        return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE === 'IPv6'
          ? { hostname: 'fd00:ec2::254' }
          : { hostname: '169.254.169.254' };
      }),
      (hu = async (t) => {
        const { request: e } = await import('node:http');
        return new Promise((r, o) => {
          const s = e({
            hostname: t.hostname,
            port: t.port,
            path: t.path,
            method: t.method,
            headers: t.headers,
            timeout: pu,
            signal: AbortSignal.timeout(pu),
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
var yu,
  Su,
  Nt,
  Js,
  Xs = p(() => {
    Ks();
    (yu = 'AWS_REGION'),
      (Su = 'region'),
      (Nt = {
        environmentVariableSelector: (t) => t[yu],
        configFileSelector: (t) => t[Su],
        default: async () => {
          const t = await Sr();
          if (t) return t;
          throw new Error('Region is missing');
        },
      }),
      (Js = { preferredFile: 'credentials' });
  });
var Eu,
  xu,
  wu = p(() => {
    O();
    (Eu = new Set()),
      (xu = (t, e = me) => {
        if (!Eu.has(t) && !e(t))
          if (t === '*')
            console.warn(
              '@smithy/config-resolver WARN - Please use the caller region instead of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.',
            );
          else throw new Error(`Region not accepted: region="${t}" is not a valid hostname component.`);
        else Eu.add(t);
      });
  });
var Er,
  Ys = p(() => {
    Er = (t) => typeof t == 'string' && (t.startsWith('fips-') || t.endsWith('-fips'));
  });
var Au,
  _u = p(() => {
    Ys();
    Au = (t) =>
      Er(t)
        ? ['fips-aws-global', 'aws-fips'].includes(t)
          ? 'us-east-1'
          : t.replace(/fips-(dkr-|prod-)?|-fips/, '')
        : t;
  });
var Zs,
  bu = p(() => {
    wu();
    _u();
    Ys();
    Zs = (t) => {
      const { region: e, useFipsEndpoint: r } = t;
      if (!e) throw new Error('Region is missing');
      return Object.assign(t, {
        region: async () => {
          const o = typeof e == 'function' ? await e() : e,
            s = Au(o);
          return (xu(s), s);
        },
        useFipsEndpoint: async () => {
          const o = typeof e == 'string' ? e : await e();
          return Er(o) ? !0 : typeof r != 'function' ? Promise.resolve(!!r) : r();
        },
      });
    };
  });
var Xm,
  Ym,
  Ru,
  Tu = p(() => {
    (Xm = 'AWS_DEFAULTS_MODE'),
      (Ym = 'defaults_mode'),
      (Ru = {
        environmentVariableSelector: (t) => t[Xm],
        configFileSelector: (t) => t[Ym],
        default: 'legacy',
      });
  });
var en,
  Zm,
  eh,
  Iu = p(() => {
    Xs();
    Ks();
    Ns();
    _s();
    Ws();
    Tu();
    (en = ({ region: t = z(Nt), defaultsMode: e = z(Ru) } = {}) =>
      cr(async () => {
        const r = typeof e == 'function' ? await e() : e;
        switch (r?.toLowerCase()) {
          case 'auto':
            return Zm(t);
          case 'in-region':
          case 'cross-region':
          case 'mobile':
          case 'standard':
          case 'legacy':
            return Promise.resolve(r?.toLocaleLowerCase());
          case void 0:
            return Promise.resolve('legacy');
          default:
            throw new Error(`Invalid parameter for "defaultsMode", expect ${cu.join(', ')}, got ${r}`);
        }
      })),
      (Zm = async (t) => {
        if (t) {
          const e = typeof t == 'function' ? await t() : t,
            r = await eh();
          return r ? (e === r ? 'in-region' : 'cross-region') : 'standard';
        }
        return 'standard';
      }),
      (eh = async () =>
        process.env[iu] && (process.env[Gs] || process.env[Qs])
          ? (process.env[Gs] ?? process.env[Qs])
          : Sr());
  });
var Oe = p(() => {
  ar();
  ur();
  fr();
  Ns();
  Tc();
  Nc();
  Xs();
  bu();
  Iu();
});
var Cu,
  Nu,
  Ou,
  vu = p(() => {
    (Cu = 'AWS_ENDPOINT_URL'),
      (Nu = 'endpoint_url'),
      (Ou = (t) => ({
        environmentVariableSelector: (e) => {
          const r = t.split(' ').map((n) => n.toUpperCase()),
            o = e[[Cu, ...r].join('_')];
          if (o) return o;
          const s = e[Cu];
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
              a = n[[i.join('_'), Nu].join('.')];
            if (a) return a;
          }
          const o = e[Nu];
          if (o) return o;
        },
        default: void 0,
      }));
  });
var th,
  rh,
  Mu,
  Du = p(() => {
    Oe();
    (th = 'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'),
      (rh = 'ignore_configured_endpoint_urls'),
      (Mu = {
        environmentVariableSelector: (t) => oe(t, th, J.ENV),
        configFileSelector: (t) => oe(t, rh, J.CONFIG),
        default: !1,
      });
  });
var Ot,
  Pu = p(() => {
    Oe();
    vu();
    Du();
    Ot = async (t) => {
      if (!(await z(Mu)())) return z(Ou(t ?? ''))();
    };
  });
var tn,
  oh,
  sh,
  nh,
  Uu,
  Lu,
  ku = p(() => {
    (tn = async (t) => {
      const e = t?.Bucket || '';
      if (
        (typeof t.Bucket == 'string' &&
          (t.Bucket = e.replace(/#/g, encodeURIComponent('#')).replace(/\?/g, encodeURIComponent('?'))),
        Lu(e))
      ) {
        if (t.ForcePathStyle === !0) throw new Error('Path-style addressing cannot be used with ARN buckets');
      } else
        (!Uu(e) ||
          (e.indexOf('.') !== -1 && !String(t.Endpoint).startsWith('http:')) ||
          e.toLowerCase() !== e ||
          e.length < 3) &&
          (t.ForcePathStyle = !0);
      return (
        t.DisableMultiRegionAccessPoints && ((t.disableMultiRegionAccessPoints = !0), (t.DisableMRAP = !0)), t
      );
    }),
      (oh = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/),
      (sh = /(\d+\.){3}\d+/),
      (nh = /\.\./),
      (Uu = (t) => oh.test(t) && !sh.test(t) && !nh.test(t)),
      (Lu = (t) => {
        const [e, r, o, , , s] = t.split(':'),
          n = e === 'arn' && t.split(':').length >= 6,
          i = !!(n && r && o && s);
        if (n && !i) throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);
        return i;
      });
  });
var $u = p(() => {
  ku();
});
var Bu,
  Fu = p(() => {
    Bu = (t, e, r, o = !1) => {
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
var rn = p(() => {
  O();
});
function xr(t) {
  return async (e, r, o, s) => {
    if (!o.isCustomEndpoint && !o.ignoreConfiguredEndpointUrls) {
      let a;
      o.serviceConfiguredEndpoint ? (a = await o.serviceConfiguredEndpoint()) : (a = await t(o.serviceId)),
        a &&
          ((o.endpoint = () => Promise.resolve(Te(a))),
          (o.isCustomEndpoint = !0),
          s?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from config: ${a}`));
    }
    const n = await ih(e, r, o);
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
var ih,
  on = p(() => {
    $u();
    Fu();
    rn();
    ih = async (t, e, r) => {
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
            o[n] = await Bu(i.name, n, r, i.type !== 'builtInParams')();
            break;
          case 'operationContextParams':
            o[n] = i.get(t);
            break;
          default:
            throw new Error('Unrecognized endpoint parameter instruction: ' + JSON.stringify(i));
        }
      return (
        Object.keys(s).length === 0 && Object.assign(o, r),
        String(r.serviceId).toLowerCase() === 's3' && (await tn(o)),
        o
      );
    };
  });
function ah(t, e, r) {
  t.__smithy_context
    ? t.__smithy_context.features || (t.__smithy_context.features = {})
    : (t.__smithy_context = { features: {} }),
    (t.__smithy_context.features[e] = r);
}
function wr(t) {
  const e = xr(t);
  return ({ config: r, instructions: o }) =>
    (s, n) =>
    async (i) => {
      r.isCustomEndpoint && ah(n, 'ENDPOINT_OVERRIDE', 'N');
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
        const l = X(n)?.selectedHttpAuthScheme?.httpAuthOption;
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
      return s({ ...i });
    };
}
var sn = p(() => {
  O();
  on();
});
function Hu(t) {
  const e = wr(t);
  return (r, o) => ({
    applyToStack: (s) => {
      s.addRelativeTo(e({ config: r, instructions: o }), uh);
    },
  });
}
var ch,
  uh,
  Vu = p(() => {
    sn();
    (ch = { name: 'serializerMiddleware', step: 'serialize', tags: ['SERIALIZER'], override: !0 }),
      (uh = {
        step: 'serialize',
        tags: ['ENDPOINT_PARAMETERS', 'ENDPOINT_V2', 'ENDPOINT'],
        name: 'endpointV2Middleware',
        override: !0,
        relation: 'before',
        toMiddleware: ch.name,
      });
  });
function zu(t) {
  return (e) => {
    let r = e.tls ?? !0,
      { endpoint: o, useDualstackEndpoint: s, useFipsEndpoint: n } = e,
      i = o != null ? async () => Te(await W(o)()) : void 0,
      c = Object.assign(e, {
        endpoint: i,
        tls: r,
        isCustomEndpoint: !!o,
        useDualstackEndpoint: W(s ?? !1),
        useFipsEndpoint: W(n ?? !1),
        ignoreConfiguredEndpointUrls: !!e.ignoreConfiguredEndpointUrls,
      }),
      u;
    return ((c.serviceConfiguredEndpoint = async () => (e.serviceId && !u && (u = t(e.serviceId)), u)), c);
  };
}
var qu = p(() => {
  O();
  rn();
});
var vt,
  ju = p(() => {
    vt = class t {
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
var Mt,
  Gu = p(() => {
    Mt = class {
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
var H,
  Qu = p(() => {
    H = class extends Error {
      constructor(e) {
        super(e), (this.name = 'EndpointError');
      }
    };
  });
var xe = p(() => {
  Qu();
});
var nn,
  Wu = p(() => {
    nn = 'endpoints';
  });
function tt(t) {
  return typeof t != 'object' || t == null
    ? t
    : 'ref' in t
      ? `$${tt(t.ref)}`
      : 'fn' in t
        ? `${t.fn}(${(t.argv || []).map(tt).join(', ')})`
        : JSON.stringify(t, null, 2);
}
var Ku = p(() => {});
var Ju = p(() => {
  Wu();
  Ku();
});
var He,
  an = p(() => {
    He = {};
  });
var cn,
  Xu = p(() => {
    cn = (t, e) => t === e;
  });
function un(...t) {
  for (const e of t) if (e != null) return e;
}
var Yu = p(() => {});
var Zu,
  ef = p(() => {
    xe();
    Zu = (t) => {
      const e = t.split('.'),
        r = [];
      for (const o of e) {
        const s = o.indexOf('[');
        if (s !== -1) {
          if (o.indexOf(']') !== o.length - 1) throw new H(`Path: '${t}' does not end with ']'`);
          const n = o.slice(s + 1, -1);
          if (Number.isNaN(parseInt(n))) throw new H(`Invalid array index: '${n}' in path: '${t}'`);
          s !== 0 && r.push(o.slice(0, s)), r.push(n);
        } else r.push(o);
      }
      return r;
    };
  });
var Dt,
  tf = p(() => {
    xe();
    ef();
    Dt = (t, e) =>
      Zu(e).reduce((r, o) => {
        if (typeof r != 'object') throw new H(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);
        if (Array.isArray(r)) {
          const s = parseInt(o);
          return r[s < 0 ? r.length + s : s];
        }
        return r[o];
      }, t);
  });
var fn,
  rf = p(() => {
    fn = (t) => t != null;
  });
function ln(t, e, r) {
  return t ? e : r;
}
var of = p(() => {});
var dn,
  sf = p(() => {
    dn = (t) => !t;
  });
var fh,
  rt,
  pn = p(() => {
    (fh = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]\d|\d)){3}$/),
      (rt = (t) => fh.test(t) || (t.startsWith('[') && t.endsWith(']')));
  });
var mn,
  hn,
  nf = p(() => {
    Se();
    pn();
    (mn = { [$e.HTTP]: 80, [$e.HTTPS]: 443 }),
      (hn = (t) => {
        const e = (() => {
          try {
            if (t instanceof URL) return t;
            if (typeof t == 'object' && 'hostname' in t) {
              const { hostname: d, port: m, protocol: h = '', path: y = '', query: g = {} } = t,
                E = new URL(`${h}//${d}${m ? `:${m}` : ''}${y}`);
              return (
                (E.search = Object.entries(g)
                  .map(([x, _]) => `${x}=${_}`)
                  .join('&')),
                E
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
        if (!Object.values($e).includes(c)) return null;
        const u = rt(s),
          l = r.includes(`${o}:${mn[c]}`) || (typeof t == 'string' && t.includes(`${o}:${mn[c]}`)),
          f = `${o}${l ? `:${mn[c]}` : ''}`;
        return { scheme: c, authority: f, path: n, normalizedPath: n.endsWith('/') ? n : `${n}/`, isIp: u };
      });
  });
function gn(t, e, r) {
  if (r === 1) return [t];
  if (t === '') return [''];
  const o = t.split(e);
  return r === 0 ? o : o.slice(0, r - 1).concat(o.slice(1).join(e));
}
var af = p(() => {});
var yn,
  cf = p(() => {
    yn = (t, e) => t === e;
  });
var Sn,
  uf = p(() => {
    Sn = (t, e, r, o) =>
      t == null || e >= r || t.length < r || /[^\u0000-\u007f]/.test(t)
        ? null
        : o
          ? t.substring(t.length - r, t.length - e)
          : t.substring(e, r);
  });
var En,
  ff = p(() => {
    En = (t) =>
      encodeURIComponent(t).replace(/[!*'()]/g, (e) => `%${e.charCodeAt(0).toString(16).toUpperCase()}`);
  });
var xn = p(() => {
  Xu();
  Yu();
  tf();
  rf();
  O();
  of();
  sf();
  nf();
  af();
  cf();
  uf();
  ff();
});
var lf,
  df = p(() => {
    xn();
    lf = {
      booleanEquals: cn,
      coalesce: un,
      getAttr: Dt,
      isSet: fn,
      isValidHostLabel: me,
      ite: ln,
      not: dn,
      parseURL: hn,
      split: gn,
      stringEquals: yn,
      substring: Sn,
      uriEncode: En,
    };
  });
var Ar,
  wn = p(() => {
    xn();
    Ar = (t, e) => {
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
          const [u, l] = c.split('#');
          r.push(Dt(o[u] ?? s[u], l));
        } else r.push(o[c] ?? s[c]);
        n = a + 1;
      }
      return r.join('');
    };
  });
var pf,
  mf = p(() => {
    pf = ({ ref: t }, e) => e.referenceRecord[t] ?? e.endpointParams[t];
  });
var Ve,
  _r,
  hf,
  Pt = p(() => {
    xe();
    an();
    df();
    wn();
    mf();
    (Ve = (t, e, r) => {
      if (typeof t == 'string') return Ar(t, r);
      if (t.fn) return hf.callFunction(t, r);
      if (t.ref) return pf(t, r);
      throw new H(`'${e}': ${String(t)} is not a string, function or reference.`);
    }),
      (_r = ({ fn: t, argv: e }, r) => {
        const o = Array(e.length);
        for (let i = 0; i < o.length; ++i) {
          const a = e[i];
          typeof a == 'boolean' || typeof a == 'number'
            ? (o[i] = a)
            : (o[i] = hf.evaluateExpression(a, 'arg', r));
        }
        const s = t.indexOf('.');
        if (s !== -1) {
          const a = He[t.slice(0, s)]?.[t.slice(s + 1)];
          if (typeof a == 'function') return a(...o);
        }
        const n = lf[t];
        if (typeof n == 'function') return n(...o);
        throw new Error(`function ${t} not loaded in endpointFunctions.`);
      }),
      (hf = { evaluateExpression: Ve, callFunction: _r });
  });
var gf = p(() => {
  Pt();
});
var yf,
  Sf = p(() => {
    Ju();
    xe();
    gf();
    yf = (t, e) => {
      const { assign: r } = t;
      if (r && r in e.referenceRecord) throw new H(`'${r}' is already defined in Reference Record.`);
      const o = _r(t, e);
      e.logger?.debug?.(`${nn} evaluateCondition: ${tt(t)} = ${tt(o)}`);
      const s = o === '' ? !0 : !!o;
      return r != null ? { result: s, toAssign: { name: r, value: o } } : { result: s };
    };
  });
var Ef,
  xf = p(() => {
    xe();
    Pt();
    Ef = (t, e) =>
      Object.entries(t ?? {}).reduce(
        (r, [o, s]) => (
          (r[o] = s.map((n) => {
            const i = Ve(n, 'Header value entry', e);
            if (typeof i != 'string') throw new H(`Header '${o}' value '${i}' is not a string`);
            return i;
          })),
          r
        ),
        {},
      );
  });
var An,
  wf,
  Af,
  _f = p(() => {
    xe();
    wn();
    (An = (t, e) => Object.entries(t).reduce((r, [o, s]) => ((r[o] = Af.getEndpointProperty(s, e)), r), {})),
      (wf = (t, e) => {
        if (Array.isArray(t)) return t.map((r) => wf(r, e));
        switch (typeof t) {
          case 'string':
            return Ar(t, e);
          case 'object':
            if (t === null) throw new H(`Unexpected endpoint property: ${t}`);
            return Af.getEndpointProperties(t, e);
          case 'boolean':
            return t;
          default:
            throw new H(`Unexpected endpoint property type: ${typeof t}`);
        }
      }),
      (Af = { getEndpointProperty: wf, getEndpointProperties: An });
  });
var bf,
  Rf = p(() => {
    xe();
    Pt();
    bf = (t, e) => {
      const r = Ve(t, 'Endpoint URL', e);
      if (typeof r == 'string')
        try {
          return new URL(r);
        } catch (o) {
          throw (console.error(`Failed to construct URL with ${r}`, o), o);
        }
      throw new H(`Endpoint URL must be a string, got ${typeof r}`);
    };
  });
var _n,
  bn,
  Tf = p(() => {
    xe();
    Sf();
    Pt();
    xf();
    _f();
    Rf();
    (_n = 1e8),
      (bn = (t, e) => {
        let { nodes: r, root: o, results: s, conditions: n } = t,
          i = o,
          a = {},
          c = { referenceRecord: a, endpointParams: e.endpointParams, logger: e.logger };
        for (; i !== 1 && i !== -1 && i < _n; ) {
          const u = 3 * (Math.abs(i) - 1),
            [l, f, d] = [r[u], r[u + 1], r[u + 2]],
            [m, h, y] = n[l],
            g = yf({ fn: m, assign: y, argv: h }, c);
          if (g.toAssign) {
            const { name: E, value: x } = g.toAssign;
            a[E] = x;
          }
          i = i >= 0 === g.result ? f : d;
        }
        if (i >= _n) {
          const u = s[i - _n];
          if (u[0] === -1) {
            const [, m] = u;
            throw new H(Ve(m, 'Error', c));
          }
          const [l, f, d] = u;
          return { url: bf(l, c), properties: An(f, c), headers: Ef(d ?? {}, c) };
        }
        throw new H('No matching endpoint.');
      });
  });
var U0,
  If,
  L0,
  Cf,
  ve = p(() => {
    Pu();
    on();
    sn();
    Vu();
    qu();
    ju();
    Gu();
    Tf();
    pn();
    O();
    an();
    (U0 = xr(Ot)), (If = zu(Ot)), (L0 = wr(Ot)), (Cf = Hu(Ot));
  });
var Nf,
  Of,
  vf = p(() => {
    (Nf = (t) =>
      typeof ReadableStream == 'function' &&
      (t?.constructor?.name === ReadableStream.name || t instanceof ReadableStream)),
      (Of = (t) => typeof Blob == 'function' && (t?.constructor?.name === Blob.name || t instanceof Blob));
  });
async function Mf(t) {
  return t.arrayBuffer().then((e) => new Uint8Array(e));
}
async function Df(t) {
  let e = [],
    r = t.getReader(),
    o = 0;
  for (;;) {
    const { done: s, value: n } = await r.read();
    if ((n && (e.push(n), (o += n.length)), s)) break;
  }
  return ir(e, o);
}
var Pf = p(() => {
  ws();
});

import { Writable as lh } from 'node:stream';

var br,
  Rn,
  Uf = p(() => {
    ws();
    Pf();
    vf();
    (br = (t) =>
      Of(t)
        ? Mf(t)
        : Nf(t)
          ? Df(t)
          : new Promise((e, r) => {
              const o = new Rn(),
                s = t;
              s.pipe(o),
                s.on('error', (n) => {
                  o.end(), r(n);
                }),
                o.on('error', r),
                o.on('finish', function () {
                  const n = ir(this.bufferedBytes);
                  e(n);
                });
            })),
      (Rn = class extends lh {
        bufferedBytes = [];
        _write(e, r, o) {
          this.bufferedBytes.push(e), o();
        }
      });
  });
function we(t) {
  Object.defineProperty(t, '__proto__', { value: void 0, writable: !0, enumerable: !0, configurable: !0 });
}
var Lf = p(() => {});

import { getRandomValues as dh } from 'node:crypto';

var ot,
  ph,
  Tn,
  kf,
  R = p(() => {
    ga();
    ya();
    Ea();
    rr();
    xa();
    Aa();
    ja();
    Ga();
    Wa();
    Ja();
    Xa();
    Ya();
    us();
    Uf();
    O();
    Lf();
    (ot = class extends Sa(pe, re, Je, Ke) {}), (ph = dh), (Tn = wa(ph)), (kf = Tn);
  });
function In(t, e) {
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
      l = n;
    (n = s), (s = o);
    const f = Sh[(i >> 4) * 4 + (i & 3)],
      d = (((r + a) & Me) + ((u + Eh[i]) & Me)) & Me;
    (o = (o + (((d << f) | (d >>> (32 - f))) >>> 0)) & Me), (r = l);
  }
  (t[0] = (t[0] + r) & Me), (t[1] = (t[1] + o) & Me), (t[2] = (t[2] + s) & Me), (t[3] = (t[3] + n) & Me);
}
var Tr,
  Hf,
  Me,
  Sh,
  Eh,
  Vf = p(() => {
    R();
    (Tr = class {
      digestLength = 16;
      state = Uint32Array.from(Hf);
      writeBuffer = new DataView(new ArrayBuffer(64));
      bufferLength = 0;
      bytesHashed = 0;
      update(e) {
        let r = V(e),
          o = 0,
          s = r.byteLength;
        for (this.bytesHashed += s; s > 0; )
          this.writeBuffer.setUint8(this.bufferLength++, r[o++]),
            --s,
            this.bufferLength === 64 && (In(this.state, this.writeBuffer), (this.bufferLength = 0));
      }
      async digest() {
        let e = Uint32Array.from(this.state),
          r = new DataView(this.writeBuffer.buffer.slice(0)),
          o = this.bufferLength,
          s = this.bytesHashed * 8;
        if ((r.setUint8(o++, 128), this.bufferLength % 64 >= 56)) {
          for (let a = o; a < 64; ++a) r.setUint8(a, 0);
          In(e, r), (o = 0);
        }
        for (let a = o; a < 56; ++a) r.setUint8(a, 0);
        r.setUint32(56, s >>> 0, !0), r.setUint32(60, Math.floor(s / 2 ** 32), !0), In(e, r);
        const n = new Uint8Array(16),
          i = new DataView(n.buffer);
        for (let a = 0; a < 4; ++a) i.setUint32(a * 4, e[a], !0);
        return n;
      }
      reset() {
        this.state.set(Hf),
          (this.writeBuffer = new DataView(new ArrayBuffer(64))),
          (this.bufferLength = 0),
          (this.bytesHashed = 0);
      }
    }),
      (Hf = [1732584193, 4023233417, 2562383102, 271733878]),
      (Me = 4294967295),
      (Sh = Uint8Array.of(7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21)),
      (Eh = Array.from({ length: 64 }, (t, e) => (Math.abs(Math.sin(e + 1)) * 2 ** 32) >>> 0));
  });

import { createHash as Cn } from 'node:crypto';

function wh() {
  return class {
    digestLength = 16;
    hash = Cn('md5');
    update(e) {
      this.hash.update(V(e));
    }
    async digest() {
      const e = this.hash.copy().digest();
      return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
    }
    reset() {
      this.hash = Cn('md5');
    }
  };
}
var xh,
  Ir,
  zf = p(() => {
    R();
    Vf();
    (xh = (() => {
      try {
        return (Cn('md5'), !0);
      } catch {
        return !1;
      }
    })()),
      (Ir = xh ? wh() : Tr);
  });
var qf,
  Nn,
  Cr,
  jf = p(() => {
    qf = new Uint32Array(256);
    for (let t = 0; t < 256; ++t) {
      let e = t;
      for (let r = 0; r < 8; ++r) e = e & 1 ? 3988292384 ^ (e >>> 1) : e >>> 1;
      qf[t] = e >>> 0;
    }
    (Nn = 4294967295),
      (Cr = class {
        digestLength = 4;
        checksum = Nn;
        update(e) {
          for (let r = 0; r < e.length; ++r)
            this.checksum = (this.checksum >>> 8) ^ qf[(this.checksum ^ e[r]) & 255];
        }
        digestSync() {
          return (this.checksum ^ Nn) >>> 0;
        }
        async digest() {
          const e = this.digestSync(),
            r = new Uint8Array(4);
          return (new DataView(r.buffer).setUint32(0, e, !1), r);
        }
        reset() {
          this.checksum = Nn;
        }
      });
  });

import * as On from 'node:zlib';

function Ah(t) {
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
var Gf,
  st,
  Qf = p(() => {
    jf();
    (Gf = typeof On.crc32 == 'function' ? On.crc32 : void 0), (st = Gf ? Ah(Gf) : Cr);
  });
var q,
  Wf,
  _h,
  Nr,
  Kf,
  bh,
  Jf = p(() => {
    R();
    (q = 64),
      (Wf = 32),
      (_h = 2 ** 53 - 1),
      (Nr = class t {
        digestLength = Wf;
        state = Int32Array.from(Kf);
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
              n = new Uint8Array(q * 2);
            for (let i = 0; i < q; ++i) (n[i] = 54 ^ r[i]), (n[i + q] = 92 ^ r[i]);
            o.update(n.subarray(0, q)), s.update(n.subarray(q));
          }
        }
        update(e) {
          if (this.finished) throw new Error('Attempted to update an already finished HMAC.');
          if (this.inner) {
            this.inner.update(e);
            return;
          }
          let r = V(e),
            o = 0,
            { byteLength: s } = r;
          if (((this.bytesHashed += s), this.bytesHashed * 8 > _h))
            throw new Error('Cannot hash more than 2^53 - 1 bits');
          for (; s > 0; )
            (this.buffer[this.bufferLength++] = r[o++]),
              s--,
              this.bufferLength === q && (this.hashBuffer(), (this.bufferLength = 0));
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
          (this.state = Int32Array.from(Kf)),
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
          if ((n.setUint8(o++, 128), (o - 1) % q >= q - 8)) {
            for (let a = o; a < q; ++a) n.setUint8(a, 0);
            this.hashBufferWith(e, r), (o = 0);
          }
          for (let a = o; a < q - 8; ++a) n.setUint8(a, 0);
          n.setUint32(q - 8, Math.floor(s / 4294967296), !1),
            n.setUint32(q - 4, s, !1),
            this.hashBufferWith(e, r);
          const i = new Uint8Array(Wf);
          for (let a = 0; a < 8; ++a)
            (i[a * 4] = (e[a] >>> 24) & 255),
              (i[a * 4 + 1] = (e[a] >>> 16) & 255),
              (i[a * 4 + 2] = (e[a] >>> 8) & 255),
              (i[a * 4 + 3] = (e[a] >>> 0) & 255);
          return i;
        }
        static normalizeKey(e) {
          const r = V(e);
          if (r.byteLength > q) {
            const o = new t();
            o.update(r);
            const s = o.digestSync(),
              n = new Uint8Array(q);
            return (n.set(s), n);
          }
          if (r.byteLength < q) {
            const o = new Uint8Array(q);
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
            l = e[6],
            f = e[7];
          for (let d = 0; d < q; ++d) {
            if (d < 16)
              o[d] =
                ((r[d * 4] & 255) << 24) |
                ((r[d * 4 + 1] & 255) << 16) |
                ((r[d * 4 + 2] & 255) << 8) |
                (r[d * 4 + 3] & 255);
            else {
              let y = o[d - 2],
                g = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
              y = o[d - 15];
              const E = ((y >>> 7) | (y << 25)) ^ ((y >>> 18) | (y << 14)) ^ (y >>> 3);
              o[d] = ((g + o[d - 7]) | 0) + ((E + o[d - 16]) | 0);
            }
            const m =
                ((((((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) +
                  ((c & u) ^ (~c & l))) |
                  0) +
                  ((f + ((bh[d] + o[d]) | 0)) | 0)) |
                0,
              h =
                ((((s >>> 2) | (s << 30)) ^ ((s >>> 13) | (s << 19)) ^ ((s >>> 22) | (s << 10))) +
                  ((s & n) ^ (s & i) ^ (n & i))) |
                0;
            (f = l), (l = u), (u = c), (c = (a + m) | 0), (a = i), (i = n), (n = s), (s = (m + h) | 0);
          }
          (e[0] += s),
            (e[1] += n),
            (e[2] += i),
            (e[3] += a),
            (e[4] += c),
            (e[5] += u),
            (e[6] += l),
            (e[7] += f);
        }
      }),
      (Kf = new Int32Array([
        1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225,
      ])),
      (bh = new Int32Array([
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

import { createHmac as Rh, createHash as Xf } from 'node:crypto';

function Ih() {
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
      return this.secret ? Rh('sha256', Ch(this.secret)) : Xf('sha256');
    }
  };
}
function Ch(t) {
  return typeof t == 'string'
    ? t
    : ArrayBuffer.isView(t)
      ? Buffer.from(t.buffer, t.byteOffset, t.byteLength)
      : Buffer.from(t);
}
var Th,
  Or,
  Yf = p(() => {
    Jf();
    (Th = (() => {
      try {
        return (Xf('sha256'), !0);
      } catch {
        return !1;
      }
    })()),
      (Or = Th ? Ih() : Nr);
  });
var vr = p(() => {
  zf();
  Qf();
  Yf();
});
function Zf(t) {
  for (let e = 0; e < 8; e++) t[e] ^= 255;
  for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
}
var De,
  vn = p(() => {
    R();
    De = class t {
      bytes;
      constructor(e) {
        if (((this.bytes = e), e.byteLength !== 8)) throw new Error('Int64 buffers must be exactly 8 bytes');
      }
      static fromNumber(e) {
        if (e > 9223372036854776e3 || e < -9223372036854776e3)
          throw new Error(`${e} is too large (or, if negative, too small) to represent as an Int64`);
        const r = new Uint8Array(8);
        for (let o = 7, s = Math.abs(Math.round(e)); o > -1 && s > 0; o--, s /= 256) r[o] = s;
        return (e < 0 && Zf(r), new t(r));
      }
      valueOf() {
        const e = this.bytes.slice(0),
          r = e[0] & 128;
        return (r && Zf(e), parseInt($(e), 16) * (r ? -1 : 1));
      }
      toString() {
        return String(this.valueOf());
      }
    };
  });
var nt,
  el,
  tl,
  Nh,
  Oh,
  vh,
  Mh,
  Dh,
  Ph,
  Uh,
  Lh,
  kh,
  Mr,
  Mn = p(() => {
    O();
    R();
    vn();
    nt = class {
      toUtf8;
      fromUtf8;
      constructor(e, r) {
        (this.toUtf8 = e), (this.fromUtf8 = r);
      }
      format(e) {
        const r = [];
        for (const n in e) {
          if (!A(e, n)) continue;
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
            if (e.value.byteLength > Mr)
              throw new Error(
                `@smithy/core/event-streams - header value (binary) exceeds ${Mr} bytes: ${e.value.byteLength}`,
              );
            const n = new DataView(new ArrayBuffer(3 + e.value.byteLength));
            n.setUint8(0, 6), n.setUint16(1, e.value.byteLength, !1);
            const i = new Uint8Array(n.buffer);
            return (i.set(e.value, 3), i);
          }
          case 'string': {
            const a = this.fromUtf8(e.value);
            if (a.byteLength > Mr)
              throw new Error(
                `@smithy/core/event-streams - header value (string) exceeds ${Mr} bytes: ${a.byteLength}`,
              );
            const c = new DataView(new ArrayBuffer(3 + a.byteLength));
            c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1);
            const u = new Uint8Array(c.buffer);
            return (u.set(a, 3), u);
          }
          case 'timestamp': {
            const l = new Uint8Array(9);
            return ((l[0] = 8), l.set(De.fromNumber(e.value.valueOf()).bytes, 1), l);
          }
          case 'uuid': {
            if (!kh.test(e.value)) throw new Error(`Invalid UUID received: ${e.value}`);
            const f = new Uint8Array(17);
            return ((f[0] = 9), f.set(At(e.value.replace(/-/g, '')), 1), f);
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
              r[n] = { type: tl, value: !0 };
              break;
            case 1:
              r[n] = { type: tl, value: !1 };
              break;
            case 2:
              r[n] = { type: Nh, value: e.getInt8(o++) };
              break;
            case 3:
              (r[n] = { type: Oh, value: e.getInt16(o, !1) }), (o += 2);
              break;
            case 4:
              (r[n] = { type: vh, value: e.getInt32(o, !1) }), (o += 4);
              break;
            case 5:
              (r[n] = { type: Mh, value: new De(new Uint8Array(e.buffer, e.byteOffset + o, 8)) }), (o += 8);
              break;
            case 6: {
              const i = e.getUint16(o, !1);
              (o += 2), (r[n] = { type: Dh, value: new Uint8Array(e.buffer, e.byteOffset + o, i) }), (o += i);
              break;
            }
            case 7: {
              const a = e.getUint16(o, !1);
              (o += 2),
                (r[n] = { type: Ph, value: this.toUtf8(new Uint8Array(e.buffer, e.byteOffset + o, a)) }),
                (o += a);
              break;
            }
            case 8:
              (r[n] = {
                type: Uh,
                value: new Date(new De(new Uint8Array(e.buffer, e.byteOffset + o, 8)).valueOf()),
              }),
                (o += 8);
              break;
            case 9: {
              const c = new Uint8Array(e.buffer, e.byteOffset + o, 16);
              (o += 16),
                (r[n] = {
                  type: Lh,
                  value: `${$(c.subarray(0, 4))}-${$(c.subarray(4, 6))}-${$(c.subarray(6, 8))}-${$(c.subarray(8, 10))}-${$(c.subarray(10))}`,
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
    })(el || (el = {}));
    (tl = 'boolean'),
      (Nh = 'byte'),
      (Oh = 'short'),
      (vh = 'integer'),
      (Mh = 'long'),
      (Dh = 'binary'),
      (Ph = 'string'),
      (Uh = 'timestamp'),
      (Lh = 'uuid'),
      (kh = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/),
      (Mr = 32767);
  });
function ol({ byteLength: t, byteOffset: e, buffer: r }) {
  if (t < $h) throw new Error('Provided message too short to accommodate event stream message overhead');
  const o = new DataView(r, e, t),
    s = o.getUint32(0, !1);
  if (t !== s) throw new Error('Reported message length does not match received message length');
  const n = o.getUint32(rl, !1),
    i = o.getUint32(Pe, !1),
    a = o.getUint32(t - qe, !1),
    c = new st();
  if ((c.update(new Uint8Array(r, e, Pe)), i !== c.digestSync()))
    throw new Error(
      `The prelude checksum specified in the message (${i}) does not match the calculated CRC32 checksum (${c.digestSync()})`,
    );
  if ((c.update(new Uint8Array(r, e + Pe, t - (Pe + qe))), a !== c.digestSync()))
    throw new Error(`The message checksum (${c.digestSync()}) did not match the expected value of ${a}`);
  return {
    headers: new DataView(r, e + Pe + qe, n),
    body: new Uint8Array(r, e + Pe + qe + n, s - n - (Pe + qe + qe)),
  };
}
var rl,
  Pe,
  qe,
  $h,
  sl = p(() => {
    vr();
    (rl = 4), (Pe = rl * 2), (qe = 4), ($h = Pe + qe * 2);
  });
var it,
  Dn = p(() => {
    vr();
    Mn();
    sl();
    it = class {
      headerMarshaller;
      messageBuffer;
      isEndOfStream;
      constructor(e, r) {
        (this.headerMarshaller = new nt(e, r)), (this.messageBuffer = []), (this.isEndOfStream = !1);
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
          a = new st();
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
        const { headers: r, body: o } = ol(e);
        return { headers: this.headerMarshaller.parse(r), body: o };
      }
      formatHeaders(e) {
        return this.headerMarshaller.format(e);
      }
    };
  });
var at,
  Pn = p(() => {
    at = class {
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
var ct,
  Un = p(() => {
    ct = class {
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
var ut,
  Ln = p(() => {
    ut = class {
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
var ft,
  kn = p(() => {
    ft = class {
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
function Dr(t) {
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
        let l = c.length,
          f = 0;
        for (; f < l; ) {
          if (!o) {
            const m = l - f;
            s || (s = new Uint8Array(4));
            const h = Math.min(4 - r, m);
            if ((s.set(c.slice(f, f + h), r), (r += h), (f += h), r < 4)) break;
            n(new DataView(s.buffer).getUint32(0, !1)), (s = null);
          }
          const d = Math.min(e - r, l - f);
          o.set(c.slice(f, f + d), r),
            (r += d),
            (f += d),
            e && e === r && (yield o, (o = null), (e = 0), (r = 0));
        }
      }
    };
  return { [Symbol.asyncIterator]: i };
}
var $n = p(() => {});
function nl(t, e) {
  const r = Lt(e.deserializer, e.toUtf8);
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
function Lt(t, e) {
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
var Bn = p(() => {});
var je,
  il,
  Fn = p(() => {
    Dn();
    Pn();
    Un();
    Ln();
    kn();
    $n();
    Bn();
    (je = class {
      eventStreamCodec;
      utfEncoder;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        (this.eventStreamCodec = new it(e, r)), (this.utfEncoder = e);
      }
      deserialize(e, r) {
        const o = Dr(e);
        return new ut({
          messageStream: new at({ inputStream: o, decoder: this.eventStreamCodec }),
          deserializer: Lt(r, this.utfEncoder),
        });
      }
      serialize(e, r) {
        return new ct({
          messageStream: new ft({ inputStream: e, serializer: r }),
          encoder: this.eventStreamCodec,
          includeEndFrame: !0,
        });
      }
    }),
      (il = (t) => new je(t));
  });

import { Readable as Bh } from 'node:stream';

async function* Fh(t) {
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
var kt,
  al,
  cl = p(() => {
    Fn();
    (kt = class {
      universalMarshaller;
      constructor({ utf8Encoder: e, utf8Decoder: r }) {
        this.universalMarshaller = new je({ utf8Decoder: r, utf8Encoder: e });
      }
      deserialize(e, r) {
        const o = typeof e[Symbol.asyncIterator] == 'function' ? e : Fh(e);
        return this.universalMarshaller.deserialize(o, r);
      }
      serialize(e, r) {
        return Bh.from(this.universalMarshaller.serialize(e, r));
      }
    }),
      (al = (t) => new kt(t));
  });
var ul,
  fl,
  ll = p(() => {
    (ul = (t) => ({
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
      (fl = (t) => {
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
var dl,
  pl = p(() => {
    dl = (t) => Object.assign(t, { eventStreamMarshaller: t.eventStreamSerdeProvider(t) });
  });
var Pr,
  ml = p(() => {
    O();
    Y();
    R();
    Pr = class {
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
          l = Symbol('initialRequestMarker'),
          f = {
            async *[Symbol.asyncIterator]() {
              if (o) {
                const d = {
                  ':event-type': { type: 'string', value: s ?? 'initial-request' },
                  ':message-type': { type: 'string', value: 'event' },
                  ':content-type': { type: 'string', value: u },
                };
                c.write(r, o);
                const m = c.flush();
                yield { [l]: !0, headers: d, body: m };
              }
              for await (const d of e) yield d;
            },
          };
        return n.serialize(f, (d) => {
          if (d[l]) return { headers: d.headers, body: d.body };
          let m = '';
          for (const _ in d)
            if (A(d, _) && _ !== '__type') {
              m = _;
              break;
            }
          const {
            additionalHeaders: h,
            body: y,
            eventType: g,
            explicitPayloadContentType: E,
          } = this.writeEventBody(m, a, d);
          return {
            headers: {
              ':event-type': { type: 'string', value: g },
              ':message-type': { type: 'string', value: 'event' },
              ':content-type': { type: 'string', value: E ?? u },
              ...h,
            },
            body: y,
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
          l = n.deserialize(e.body, async (m) => {
            let h = '';
            for (const g in m)
              if (A(m, g) && g !== '__type') {
                h = g;
                break;
              }
            const y = m[h].body;
            if (h === (s ?? 'initial-response')) {
              const g = await this.deserializer.read(r, y);
              return (delete g[i], { [u]: !0, ...g });
            } else if (h in c) {
              const g = c[h];
              if (g.isStructSchema()) {
                let E = {},
                  x = !1;
                for (const [_, T] of g.structIterator()) {
                  const { eventHeader: k, eventPayload: j } = T.getMergedTraits();
                  if (((x = x || !!(k || j)), j))
                    T.isBlobSchema()
                      ? (E[_] = y)
                      : T.isStringSchema()
                        ? (E[_] = (this.serdeContext?.utf8Encoder ?? pe)(y))
                        : T.isStructSchema() && (E[_] = await this.deserializer.read(T, y));
                  else if (k) {
                    const te = m[h].headers[_]?.value;
                    te != null &&
                      (T.isNumericSchema()
                        ? te && typeof te == 'object' && 'bytes' in te
                          ? (E[_] = BigInt(te.toString()))
                          : (E[_] = Number(te))
                        : (E[_] = te));
                  }
                }
                return { [h]: await this.readEventMember(g, y, x, E) };
              }
              return { [h]: await this.deserializer.read(g, y) };
            } else return { $unknown: m };
          }),
          f = l[Symbol.asyncIterator](),
          d = await f.next();
        if (d.done) return l;
        if (d.value?.[u]) {
          if (!r)
            throw new Error(
              '@smithy::core/protocols - initial-response event encountered in event stream but no response schema given.',
            );
          for (const m in d.value) A(d.value, m) && (o[m] = d.value[m]);
        }
        return {
          async *[Symbol.asyncIterator]() {
            for (d?.value?.[u] || (yield d.value); ; ) {
              const { done: m, value: h } = await f.next();
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
            u = se.for(c);
          this.compositeErrorRegistry?.copyFrom(u), (n = (this.compositeErrorRegistry ?? u)?.getErrorCtor(i));
        }
        const a = o ? s : r.byteLength === 0 ? {} : await this.deserializer.read(e, r);
        if (n) {
          const c = a.message ?? a.Message ?? 'Unknown',
            u = {},
            l = e.getMergedTraits().error;
          return (l && (u.$fault = l), Object.assign(new n({}), u, { message: c }, a));
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
          const d = r.getMemberSchema(e);
          if (d.isStructSchema()) {
            for (const [m, h] of d.structIterator()) {
              const { eventHeader: y, eventPayload: g } = h.getMergedTraits();
              if (g) i = m;
              else if (y) {
                let E = o[e][m],
                  x = 'binary';
                h.isNumericSchema()
                  ? (-2) ** 31 <= E && E <= 2 ** 31 - 1
                    ? (x = 'integer')
                    : (x = 'long')
                  : h.isTimestampSchema()
                    ? (x = 'timestamp')
                    : h.isStringSchema()
                      ? (x = 'string')
                      : h.isBooleanSchema() && (x = 'boolean'),
                  E != null && ((u[m] = { type: x, value: E }), delete o[e][m]);
              }
            }
            if (i !== null) {
              const m = d.getMemberSchema(i);
              m.isBlobSchema() ? (a = 'application/octet-stream') : m.isStringSchema() && (a = 'text/plain'),
                s.write(m, o[e][i]);
            } else s.write(d, o[e]);
          } else if (d.isUnitSchema()) s.write(d, {});
          else
            throw new Error(
              '@smithy/core/event-streams - non-struct member not supported in event stream union.',
            );
        } else {
          const [d, m] = o[e];
          (n = d), s.write(15, m);
        }
        const l = s.flush() ?? new Uint8Array();
        return {
          body: typeof l == 'string' ? (this.serdeContext?.utf8Decoder ?? re)(l) : l,
          eventType: n,
          explicitPayloadContentType: a,
          additionalHeaders: u,
        };
      }
    };
  });
var hl = {};
um(hl, {
  EventStreamCodec: () => it,
  EventStreamMarshaller: () => kt,
  EventStreamSerde: () => Pr,
  HeaderMarshaller: () => nt,
  Int64: () => De,
  MessageDecoderStream: () => at,
  MessageEncoderStream: () => ct,
  SmithyMessageDecoderStream: () => ut,
  SmithyMessageEncoderStream: () => ft,
  UniversalEventStreamMarshaller: () => je,
  eventStreamSerdeProvider: () => al,
  getChunkedStream: () => Dr,
  getMessageUnmarshaller: () => Lt,
  getUnmarshalledStream: () => nl,
  iterableToReadableStream: () => fl,
  readableStreamToIterable: () => ul,
  resolveEventStreamSerdeConfig: () => dl,
  universalEventStreamSerdeProvider: () => il,
});
var gl = p(() => {
  Dn();
  Mn();
  vn();
  Pn();
  Un();
  Ln();
  kn();
  cl();
  ll();
  Fn();
  $n();
  Bn();
  pl();
  ml();
});

import { timingSafeEqual as ME, createHmac as vE } from 'node:crypto';

var Zt = { warningEmitted: !1 },
  as = (t) => {
    if (t && !Zt.warningEmitted) {
      if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === 'true') {
        Zt.warningEmitted = !0;
        return;
      }
      const e = parseInt(t.substring(1, t.indexOf('.'))),
        r = 22;
      e < r &&
        ((Zt.warningEmitted = !0),
        process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`));
    }
  };
function gt(t, e, r) {
  return (t.$source || (t.$source = {}), (t.$source[e] = r), t);
}
function de(t, e, r) {
  t.__aws_sdk_context
    ? t.__aws_sdk_context.features || (t.__aws_sdk_context.features = {})
    : (t.__aws_sdk_context = { features: {} }),
    (t.__aws_sdk_context.features[e] = r);
}
var fm = () => typeof process == 'object' && process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026 === 'true',
  cs = (t, e) => {
    if (fm() && typeof t?.handle != 'function') return e;
  };
R();
var ze = async (t = new Uint8Array(), e) => {
  if (t instanceof Uint8Array) return ot.mutate(t);
  if (!t) return ot.mutate(new Uint8Array());
  const r = e.streamCollector(t);
  return ot.mutate(await r);
};
Y();
R();
var Bf = Symbol.for('@smithy/schema-x'),
  Ut = class t extends C {
    static identity = Symbol.for('@smithy/HttpBindingNormalizedSchema');
    identity = t.identity;
    bindings;
    constructor(e) {
      super(e);
    }
    static of(e) {
      const r = C.of(e);
      if (r.identity === t.identity) return r;
      const o = r.isMemberSchema() ? r : r.getSchema(),
        s = typeof o == 'object' && o !== null ? o : r;
      return (s[Bf] ??= new t(r));
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
        l =
          n |
          (a << 8) |
          ((r.idempotencyToken ? 1 : 0) << 10) |
          (c << 11) |
          ((r.sparse ? 1 : 0) << 13) |
          (u << 14) |
          ((r.hostLabel ? 1 : 0) << 17) |
          ((e === 36 && typeof s != 'object' ? 1 : 0) << 18),
        f = n & 192,
        d = i & 2 && (f === 64 || (!o && i & 1)) ? this.getHttpBindingCollectionValue(e, r) : void 0,
        m = (d?.[1] ?? 0) & 255;
      return ((l |= (i >= 6 && (m === 4 || m === 6) ? 1 : 0) << 16), [this, l, d]);
    }
    getHttpBindingCollectionValue(e, r = this.getMergedTraits()) {
      const o = t.of(this.getValueSchema());
      return o.getHttpBindingValue(e, { ...o.getMergedTraits(), ...r }, !0);
    }
    getHttpBindings() {
      const e = this.getSchema();
      return typeof e != 'object' || e === null ? yh : (this.bindings ??= mh(this));
    }
  },
  mh = (t) => {
    const e = [],
      r = [],
      o = [],
      s = [],
      n = [],
      i = {},
      a = {},
      c = [],
      u = { headers: a, prefixHeaders: c },
      l = { request: { memberBindings: n, byName: i }, response: { bodyMemberNames: e, bindings: u } },
      { request: f, response: d } = l;
    for (const [m, h] of t.structIterator()) {
      const y = Ut.of(h),
        g = y.getMergedTraits(),
        E = y.getHttpBindingLocation(g),
        x = g.httpHeader?.toLowerCase() ?? g.httpPrefixHeaders?.toLowerCase() ?? g.httpQuery,
        _ = y.getHttpBindingValue(E, g),
        T = [m, _, E, x];
      m === '__proto__' && we(i), (i[m] = T), (_[1] >> 10) & 1 && (f.hasIdempotency = !0), n.push(T);
      const k = E & 7;
      if ((k === 0 && (o.push(m), s.push(h)), (k & 4) === 0)) e.push(m), r.push(h);
      else if ((k & 6) === 4)
        if (k & 1) u.statusCode = T;
        else {
          u.payload = T;
          const j = _[1] & 255;
          f.contentTypeInstruction =
            g.mediaType ??
            (j === 0 ? 'text/plain' : j === 21 || j === 42 ? 'application/octet-stream' : null);
        }
      else k & 1 ? ((f.hasPrefixHeaders = !0), c.push(T)) : (x === '__proto__' && we(a), (a[x] = T));
    }
    return (
      f.contentTypeInstruction === void 0 && o.length && (f.contentTypeInstruction = null),
      (f.syntheticBodySchema = $f(t, o, s)),
      (d.syntheticBodySchema = $f(t, e, r)),
      l
    );
  },
  hh = (t) => {
    let e = [],
      r = 0;
    for (const o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))
      o.index > r && e.push([t.slice(r, o.index), 0]),
        e.push([o[1], o[2] ? 2 : 1]),
        (r = o.index + o[0].length);
    return (e.length && r < t.length && e.push([t.slice(r), 0]), e.length ? e : void 0);
  },
  gh = (t) => {
    const { http: e, endpoint: r } = Ne(t.traits ?? {}),
      [o, s] = e?.[1].split('?') ?? [];
    return [e?.[0], o, s ? [...new URLSearchParams(s)] : [], o ? hh(o) : void 0, r?.[0]];
  },
  yh = {
    request: { memberBindings: [], byName: {} },
    response: { bodyMemberNames: [], bindings: { headers: {}, prefixHeaders: [] } },
  },
  Ff = (t) => (t[Bf] ??= gh(t)),
  $f = (t, e, r) => {
    if (!e.length) return;
    const o = t.getSchema(),
      s = [3, o[1], o[2], t.getMergedTraits(), e, r],
      n = o[6],
      i = n && e.reduce((a, c) => a + (o[4].indexOf(c) < n ? 1 : 0), 0);
    return (i && (s[6] = i), s);
  };
O();
Y();
var Rr = class {
  serdeContext;
  setSerdeContext(e) {
    this.serdeContext = e;
  }
};
var Ur = class extends Rr {
  options;
  compositeErrorRegistry;
  constructor(e) {
    super(), (this.options = e), (this.compositeErrorRegistry = new se(e.defaultNamespace));
    for (const r of e.errorTypeRegistries ?? []) this.compositeErrorRegistry.copyFrom(r);
  }
  getRequestType() {
    return D;
  }
  getResponseType() {
    return Q;
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
      if (r.headers) for (const o in r.headers) A(r.headers, o) && (e.headers[o] = r.headers[o].join(', '));
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
        for (const o in r.headers) A(r.headers, o) && (e.headers[o] = r.headers[o]);
      return e;
    }
  }
  setHostPrefix(e, r, o, s = Ff(r)) {
    if (this.serdeContext?.disableHostPrefix) return;
    const n = s[4];
    if (typeof n != 'string') return;
    let i = n;
    for (const [a, [, c]] of Ut.of(r.input).getHttpBindings().request.memberBindings) {
      if (!((c >> 17) & 1)) continue;
      const u = o[a];
      if (typeof u != 'string')
        throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);
      i = i.replace(`{${a}}`, u);
    }
    if (((e.hostname = i + e.hostname), !ls(e.hostname)))
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
              const l = i.getErrorCtor(u);
              if (l) return [n, l, 'synthetic'];
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
        () => (gl(), hl),
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
O();
Y();
O();
var $t = class extends Ur {
  async serializeRequest(e, r, o) {
    let s = this.serializer,
      n = {},
      i = {},
      a = await o.endpoint(),
      c = C.of(e?.input),
      u = c.getSchema(),
      l,
      f = r && typeof r == 'object' ? r : {},
      d = new D({
        protocol: '',
        hostname: '',
        port: void 0,
        path: '/',
        fragment: void 0,
        query: n,
        headers: i,
        body: void 0,
      });
    if ((a && (this.updateServiceEndpoint(d, a), this.setHostPrefix(d, e, f)), f)) {
      const m = c.getEventStreamMember();
      if (m) {
        if (f[m]) {
          const h = {};
          for (const [y] of c.structIterator()) y !== m && f[y] != null && (h[y] = f[y]);
          l = await this.serializeEventStream({ eventStream: f[m], requestSchema: c, initialRequest: h });
        }
      } else s.write(u, f), (l = s.flush());
    }
    return ((d.headers = Object.assign(d.headers, i)), (d.query = n), (d.body = l), (d.method = 'POST'), d);
  }
  async deserializeResponse(e, r, o) {
    const s = this.deserializer,
      n = C.of(e.output),
      i = {};
    if (this.isErrorResponse(o.statusCode)) {
      const c = await ze(o.body, r);
      throw (
        c.byteLength > 0 && Object.assign(i, await s.read(15, c)),
        await this.handleError(e, r, o, i, this.deserializeMetadata(o)),
        new Error('@smithy/core/protocols - RPC Protocol error handler failed to throw.')
      );
    }
    for (const c in o.headers) {
      if (!A(o.headers, c)) continue;
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
      const c = await ze(o.body, r);
      c.byteLength > 0 && Object.assign(i, await s.read(n, c));
    }
    return ((i.$metadata = this.deserializeMetadata(o)), i);
  }
  isErrorResponse(e) {
    return e >= 300;
  }
};
function Lr(t, e) {
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
O();
O();
var Hn = (t) => (
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
  Vn = (t) => ({ requestHandler: t.httpHandler() });
O();
var yl = 'content-length';
function Sl(t) {
  return (e) => async (r) => {
    const o = r.request;
    if (D.isInstance(o)) {
      const { body: s, headers: n } = o;
      if (
        s &&
        Object.keys(n)
          .map((i) => i.toLowerCase())
          .indexOf(yl) === -1
      )
        try {
          const i = t(s);
          i != null && (o.headers = { ...o.headers, [yl]: String(i) });
        } catch {}
    }
    return e({ ...r, request: o });
  };
}
var El = {
    step: 'build',
    tags: ['SET_CONTENT_LENGTH', 'CONTENT_LENGTH'],
    name: 'contentLengthMiddleware',
    override: !0,
  },
  zn = (t) => ({
    applyToStack: (e) => {
      e.add(Sl(t.bodyLengthChecker), El);
    },
  });
var le = (t) => encodeURIComponent(t).replace(/[!'()*]/g, Hh),
  Hh = (t) => `%${t.charCodeAt(0).toString(16).toUpperCase()}`;
function qn(t) {
  const e = [];
  for (let r of Object.keys(t).sort()) {
    const o = t[r];
    if (((r = le(r)), Array.isArray(o))) for (let s = 0, n = o.length; s < n; s++) e.push(`${r}=${le(o[s])}`);
    else {
      let s = r;
      (o || typeof o == 'string') && (s += `=${le(o)}`), e.push(s);
    }
  }
  return e.join('&');
}
O();
var Ue = class {
  serdeContext;
  setSerdeContext(e) {
    this.serdeContext = e;
  }
};
Y();
R();
var kr = class {
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
var Bt;
function $r() {
  if (Bt === void 0)
    try {
      if (typeof Buffer != 'function') Bt = !1;
      else {
        const t = JSON.parse(Buffer.from([123, 125]));
        Bt = t !== null && typeof t == 'object';
      }
    } catch {
      Bt = !1;
    }
  return Bt;
}
R();
function Br(t, e, r) {
  if (r?.source) {
    const o = r.source;
    if (typeof e == 'number')
      return e <= Number.MAX_SAFE_INTEGER && e >= Number.MIN_SAFE_INTEGER
        ? zh(o, e)
          ? e
          : new K(o, 'bigDecimal')
        : Vh(o)
          ? new K(o, 'bigDecimal')
          : /[eE]/.test(o)
            ? qh(o)
            : BigInt(o);
  }
  return e;
}
function Vh(t) {
  const e = t.indexOf('.');
  if (e === -1) return !1;
  const r = t.search(/[eE]/);
  if (r === -1) return !0;
  const o = r - e - 1;
  return parseInt(t.slice(r + 1), 10) < o;
}
function zh(t, e) {
  if (t === String(e) || Object.is(e, -0)) return !0;
  if (/[eE]/.test(t)) return jn(t) === jn(String(e));
  const r = t.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''),
    o = String(e);
  return r === o ? !0 : /[eE]/.test(o) ? r === jn(o) : !1;
}
function jn(t) {
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
    const l = u + n;
    c === '0'
      ? (s = '0')
      : l <= 0
        ? (s = '0.' + '0'.repeat(-l) + c)
        : l >= c.length
          ? (s = c + '0'.repeat(l - c.length))
          : (s = c.slice(0, l) + '.' + c.slice(l));
  }
  return (s.includes('.') && (s = s.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')), (e ? '-' : '') + s);
}
function qh(t) {
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
Y();
var Gn = Symbol.for('@aws-sdk/reviver');
function Hr(t) {
  const e = C.of(t),
    r = e.getSchema();
  if (Array.isArray(r) && e.isStructSchema()) {
    if (Gn in r) return r[Gn];
    const o = Fr(e, new Set());
    return ((r[Gn] = o), o);
  }
  return Fr(e, new Set());
}
function Fr(t, e) {
  const r = t.getSchema();
  if (e.has(r)) return !1;
  if ((e.add(r), t.isBigIntegerSchema() || t.isBigDecimalSchema())) return !0;
  if (t.isStructSchema()) {
    for (const [, o] of t.structIterator()) if (Fr(o, e)) return !0;
  } else if (t.isListSchema() || t.isMapSchema()) {
    if (Fr(t.getValueSchema(), e)) return !0;
  } else if (t.isDocumentSchema()) return !0;
  return !1;
}
R();
var xl = (t, e) => ze(t, e).then((r) => (e?.utf8Encoder ?? pe)(r));
async function Wn(t, e, r) {
  let o;
  if ($r() && typeof t?.[Symbol.asyncIterator] == 'function') {
    const n = await ze(t, e);
    typeof Buffer == 'function' &&
      (Buffer.isBuffer(n) ? (o = n) : (o = Buffer.from(n.buffer, n.byteOffset, n.byteLength)));
  }
  if ((o || (o = await xl(t, e)), o.length === 0)) return {};
  const s = r && Hr(r) ? Br : void 0;
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
var wl = (t, e) => Object.keys(t).find((r) => r.toLowerCase() === e.toLowerCase()),
  Qn = (t) => {
    let e = t;
    return (
      typeof e == 'number' && (e = e.toString()),
      e.indexOf(',') >= 0 && (e = e.split(',')[0]),
      e.indexOf(':') >= 0 && (e = e.split(':')[0]),
      e.indexOf('#') >= 0 && (e = e.split('#')[1]),
      e
    );
  };
var Kn = (t, e, r = !1) => jh(t, e, r ? ['code', 'header', 'type'] : ['type', 'code', 'header']);
var jh = ({ headers: t }, e, r) => {
  for (; r.length > 0; )
    switch (r.shift()) {
      case 'header': {
        const s = wl(t ?? {}, 'x-amzn-errortype');
        if (s !== void 0) return Qn(t[s]);
        break;
      }
      case 'code': {
        const n = wl(e ?? {}, 'code');
        if (n && e[n] !== void 0) return Qn(e[n]);
        break;
      }
      case 'type':
        if (e?.__type !== void 0) return Qn(e.__type);
        break;
    }
};
O();
var Vr = class extends Ue {
  settings;
  constructor(e) {
    super(), (this.settings = e);
  }
  async read(e, r) {
    let o = Hr(e) ? Br : void 0,
      s;
    if (typeof r == 'string') {
      if (r.length === 0) return {};
      s = JSON.parse(r, o);
    } else if (r instanceof Uint8Array && $r()) {
      if (r.byteLength === 0) return {};
      const n = Buffer.isBuffer(r) ? r : Buffer.from(r.buffer, r.byteOffset, r.byteLength);
      s = JSON.parse(n, o);
    } else s = await Wn(r, this.serdeContext, e);
    return this._read(e, s);
  }
  readObject(e, r) {
    return this._read(e, r);
  }
  _read(e, r) {
    const o = r !== null && typeof r == 'object',
      s = C.of(e);
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
          for (const c in a) A(a, c) && (c === '__proto__' && we(a), (a[c] = this._read(i, a[c])));
        return a;
      }
    }
    if (s.isBlobSchema() && typeof r == 'string') return Ke(r);
    const n = s.getMergedTraits().mediaType;
    if (s.isStringSchema() && typeof r == 'string' && n)
      return n === 'application/json' || n.endsWith('+json') ? ue.from(r) : r;
    if (s.isTimestampSchema() && r != null)
      switch (Lr(s, this.settings)) {
        case 5:
          return ys(r);
        case 6:
          return wt(r);
        case 7:
          return Ss(r);
        default:
          return (
            console.warn('Missing timestamp format, parsing value with Date constructor:', r), new Date(r)
          );
      }
    if (s.isBigIntegerSchema() && (typeof r == 'number' || typeof r == 'string')) return BigInt(r);
    if (s.isBigDecimalSchema() && r != null) {
      if (r instanceof K) return r;
      const i = r;
      return i.type === 'bigDecimal' && 'string' in i
        ? new K(i.string, i.type)
        : new K(String(r), 'bigDecimal');
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
          a instanceof K || (r[i] = this._read(s, a));
        }
      else {
        const i = r;
        for (const a in i) {
          if (!A(i, a)) continue;
          a === '__proto__' && we(i);
          const c = i[a];
          c instanceof K || (i[a] = this._read(s, c));
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
    o && (c = new kr(r, s));
    for (const [u, l] of e.structIterator()) {
      let f = u;
      a && ((f = l.getMergedTraits().jsonName ?? f), i && (n[f] = u)),
        o && c.mark(f),
        r[f] != null && (s[u] = this._read(l, r[f]));
    }
    if (o) c.writeUnknown();
    else if (i)
      for (const u in r) {
        if (!A(r, u)) continue;
        const l = r[u],
          f = a ? (n[u] ?? u) : u;
        f in s || (s[f] = l);
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
Y();
R();
O();
R();
var zr = class t extends Uint8Array {
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
        e > Al + 6e4 &&
          (console.warn(
            '@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string method on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error.',
          ),
          (Al = e)),
          (this.string = pe(this));
      }
      return this.string;
    }
  },
  Al = 0;
var qr = new TextEncoder(),
  _l = 123,
  bl = 125,
  Gh = 91,
  Qh = 93,
  lt = 34,
  jr = 58,
  Gr = 44,
  Rl = 92,
  Wh = new Uint8Array([116, 114, 117, 101]),
  Kh = new Uint8Array([102, 97, 108, 115, 101]),
  Jh = new Uint8Array([110, 117, 108, 108]),
  he = new Array(128).fill(null);
he[8] = 'b';
he[9] = 't';
he[10] = 'n';
he[12] = 'f';
he[13] = 'r';
he[34] = '"';
he[92] = '\\';
for (let t = 0; t < 32; t++) he[t] === null && (he[t] = 'u00' + t.toString(16).padStart(2, '0'));
var Tl = 2048;
function Jn(t) {
  return zr.allocUnsafe(t);
}
var Qr = class t extends Ue {
  settings;
  json;
  i = 0;
  rootSchema;
  rawValue;
  passthrough = !1;
  constructor(e) {
    super(), (this.settings = e), (this.json = Jn(Tl));
  }
  write(e, r) {
    (this.i = 0),
      (this.rawValue = r),
      (this.rootSchema = C.of(e)),
      (this.passthrough = this.rootSchema.isBlobSchema() || this.rootSchema.isStringSchema()),
      this.passthrough || this.writeValue(this.rootSchema, r, void 0);
  }
  writeDiscriminatedDocument(e, r) {
    (this.i = 0), (this.rootSchema = C.of(e));
    const o = this.rootSchema;
    if (o.isStructSchema() && r != null && typeof r == 'object') {
      this.writeValue(o, r, void 0);
      const s = `"__type":"${o.getName(!0) ?? 'Unknown'}",`,
        n = s.length;
      this.ensure(n),
        this.json.copyWithin(1 + n, 1, this.i),
        qr.encodeInto(s, this.json.subarray(1)),
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
    return ((this.json = Jn(Tl)), o);
  }
  ensure(e) {
    const { i: r, json: o } = this;
    if (r + e > o.length) {
      let s = o.length * 2;
      for (; s < r + e; ) s *= 2;
      const n = Jn(s);
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
    o[s++] = lt;
    for (let n = 0; n < r; ++n) o[s++] = e.charCodeAt(n);
    (o[s++] = lt), (this.i = s);
  }
  writeJsonString(e) {
    const r = e.length;
    this.ensure(r * 3 + 2), (this.json[this.i++] = lt);
    for (let o = 0; o < r; ++o) {
      const s = e.charCodeAt(o);
      if (s > 34 && s < 92) this.json[this.i++] = s;
      else if (s < 128) {
        const n = he[s];
        if (n !== null) {
          this.ensure(n.length + 1 + (r - o - 1) * 3 + 1), (this.json[this.i++] = Rl);
          for (let i = 0; i < n.length; i++) this.json[this.i++] = n.charCodeAt(i);
        } else this.json[this.i++] = s;
      } else if (s >= 55296 && s <= 56319) {
        const n = o + 1 < r ? e.charCodeAt(o + 1) : 0;
        if (n >= 56320 && n <= 57343) {
          this.ensure(4);
          const { written: i } = qr.encodeInto(e.substring(o, o + 2), this.json.subarray(this.i));
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
    this.json[this.i++] = lt;
  }
  writeUnicodeEscape(e) {
    let { json: r, i: o } = this;
    (r[o++] = Rl), (r[o++] = 117);
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
    o[n++] = lt;
    const i = e.length,
      a = i % 3,
      c = i - a;
    for (let u = 0; u < c; u += 3) {
      const l = e[u],
        f = e[u + 1],
        d = e[u + 2];
      (o[n++] = s[l >> 2]),
        (o[n++] = s[((l & 3) << 4) | (f >> 4)]),
        (o[n++] = s[((f & 15) << 2) | (d >> 6)]),
        (o[n++] = s[d & 63]);
    }
    if (a === 2) {
      const u = e[c],
        l = e[c + 1];
      (o[n++] = s[u >> 2]),
        (o[n++] = s[((u & 3) << 4) | (l >> 4)]),
        (o[n++] = s[(l & 15) << 2]),
        (o[n++] = 61);
    } else if (a === 1) {
      const u = e[c];
      (o[n++] = s[u >> 2]), (o[n++] = s[(u & 3) << 4]), (o[n++] = 61), (o[n++] = 61);
    }
    (o[n++] = lt), (this.i = n);
  }
  writeValue(e, r, o) {
    if (r == null) {
      if (o?.isStructSchema()) {
        if (r === void 0 && C.of(e).isIdempotencyToken()) {
          this.writeAsciiQuoted(kf());
          return;
        }
        return;
      }
      this.ensure(4), this.json.set(Jh, this.i), (this.i += 4);
      return;
    }
    const s = C.of(e),
      n = typeof r == 'object';
    if (s.isStringSchema()) {
      const i = s.getMergedTraits().mediaType;
      if (i && (i === 'application/json' || i.endsWith('+json'))) {
        this.writeJsonString(ue.from(r).toString());
        return;
      }
    }
    if (this.settings.bigNumberAsString && r != null && (s.isBigIntegerSchema() || s.isBigDecimalSchema())) {
      const i = r instanceof K ? r.string : String(r);
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
      if (r instanceof K) {
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
        const i = (this.serdeContext?.base64Encoder ?? Je)(r);
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
      r ? (a.set(Wh, i), (i += 4)) : (a.set(Kh, i), (i += 5)), (this.i = i);
      return;
    }
    if (typeof r == 'bigint') {
      this.writeAscii(r.toString());
      return;
    }
    this.writeAscii(String(r));
  }
  writeStruct(e, r) {
    this.ensure(2), (this.json[this.i++] = _l);
    let o = !1,
      s = typeof r.__type == 'string',
      n;
    s && (n = new Set());
    for (const [i, a] of e.structIterator()) {
      const c = r[i];
      if (c == null && !a.isIdempotencyToken()) continue;
      o && (this.ensure(1), (this.json[this.i++] = Gr)), (o = !0);
      const u = this.settings.jsonName ? (a.getMergedTraits().jsonName ?? i) : i;
      n && (n.add(i), n.add(u)),
        this.writeAsciiQuoted(u),
        (this.json[this.i++] = jr),
        this.writeValue(a, c, e);
    }
    if (!o && e.isUnionSchema()) {
      const { $unknown: i } = r;
      if (Array.isArray(i)) {
        const [a, c] = i;
        this.writeAsciiQuoted(a), this.ensure(1), (this.json[this.i++] = jr), this.writeValue(15, c, e);
      }
    } else if (s)
      for (const i in r) {
        if (n.has(i)) continue;
        n.add(i);
        const a = r[i];
        o && (this.ensure(1), (this.json[this.i++] = Gr)),
          (o = !0),
          this.writeAsciiQuoted(i),
          this.ensure(1),
          (this.json[this.i++] = jr),
          this.writeValue(15, a, void 0);
      }
    this.ensure(1), (this.json[this.i++] = bl);
  }
  writeList(e, r, o) {
    const s = !!e.getMergedTraits().sparse,
      n = e.getValueSchema();
    if (!o && (n.isStringSchema() || n.isNumericSchema() || n.isBooleanSchema())) {
      let a = !1;
      for (let u = 0; u < r.length; ++u) {
        const l = r[u];
        if (Number.isNaN(l) || l === 1 / 0 || l === -1 / 0 || (l == null && !s)) {
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
          (f == null && !s) ||
            (Number.isNaN(f) || f === 1 / 0 || f === -1 / 0 ? u.push(String(f)) : u.push(f));
        }
        c = JSON.stringify(u);
      }
      this.ensure(c.length * 3), (this.i += qr.encodeInto(c, this.json.subarray(this.i)).written);
      return;
    }
    this.ensure(2), (this.json[this.i++] = Gh);
    let i = !1;
    for (let a = 0; a < r.length; ++a) {
      const c = r[a];
      (o ? c === void 0 : c == null && !s) ||
        (i && (this.ensure(1), (this.json[this.i++] = Gr)), this.writeValue(n, c, void 0), (i = !0));
    }
    this.ensure(1), (this.json[this.i++] = Qh);
  }
  writeMap(e, r, o) {
    const s = !!e.getMergedTraits().sparse,
      n = e.getValueSchema();
    if (!o && (n.isStringSchema() || n.isNumericSchema() || n.isBooleanSchema())) {
      let a;
      for (const u in r) {
        if (!A(r, u)) continue;
        const l = r[u];
        Number.isNaN(l) || l === 1 / 0 || l === -1 / 0
          ? (((a ??= {})[u] = l), (r[u] = String(l)))
          : l === null && !s && (((a ??= {})[u] = null), (r[u] = void 0));
      }
      const c = JSON.stringify(r);
      a && Object.assign(r, a),
        this.ensure(c.length * 3),
        (this.i += qr.encodeInto(c, this.json.subarray(this.i)).written);
      return;
    }
    this.ensure(2), (this.json[this.i++] = _l);
    let i = !0;
    for (const a in r) {
      if (!A(r, a)) continue;
      const c = r[a];
      (o ? c === void 0 : c == null && !s) ||
        (i || (this.ensure(1), (this.json[this.i++] = Gr)),
        (i = !1),
        this.writeJsonString(a),
        this.ensure(1),
        (this.json[this.i++] = jr),
        this.writeValue(n, c, void 0));
    }
    this.ensure(1), (this.json[this.i++] = bl);
  }
  writeTimestamp(e, r) {
    switch (Lr(e, this.settings)) {
      case 5: {
        const s = r.toISOString().replace('.000Z', 'Z');
        this.writeAsciiQuoted(s);
        return;
      }
      case 6: {
        this.writeAsciiQuoted(gs(r));
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
var Ft = class extends Ue {
  settings;
  constructor(e) {
    super(), (this.settings = e);
  }
  createSerializer() {
    const e = new Qr(this.settings);
    return (e.setSerdeContext(this.serdeContext), e);
  }
  createDeserializer() {
    const e = new Vr(this.settings);
    return (e.setSerdeContext(this.serdeContext), e);
  }
};
var Il = (t) => (e) => async (r) => {
    if (!D.isInstance(r.request)) return e(r);
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
  Cl = { name: 'hostHeaderMiddleware', step: 'build', priority: 'low', tags: ['HOST'], override: !0 },
  Xn = (t) => ({
    applyToStack: (e) => {
      e.add(Il(t), Cl);
    },
  });
Z();
var Nl = () => (t, e) => async (r) => {
    try {
      const o = await t(r),
        { logger: s } = e,
        n = s instanceof fe;
      if (s && !n) {
        const { clientName: i, commandName: a, dynamoDbDocumentClientOptions: c = {} } = e,
          { overrideInputFilterSensitiveLog: u, overrideOutputFilterSensitiveLog: l } = c,
          f = u ?? e.inputFilterSensitiveLog,
          d = l ?? e.outputFilterSensitiveLog,
          { $metadata: m, ...h } = o.output;
        s.info?.({ clientName: i, commandName: a, input: f(r.input), output: d(h), metadata: m });
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
  Ol = { name: 'loggerMiddleware', tags: ['LOGGER'], step: 'initialize', override: !0 },
  Yn = (t) => ({
    applyToStack: (e) => {
      e.add(Nl(), Ol);
    },
  });
var vl = {
  step: 'build',
  tags: ['RECURSION_DETECTION', 'TRACE_CONTEXT_PROPAGATION'],
  name: 'recursionDetectionMiddleware',
  override: !0,
  priority: 'low',
};
var Le = {
    REQUEST_ID: Symbol.for('_AWS_LAMBDA_REQUEST_ID'),
    X_RAY_TRACE_ID: Symbol.for('_AWS_LAMBDA_X_RAY_TRACE_ID'),
    TENANT_ID: Symbol.for('_AWS_LAMBDA_TENANT_ID'),
    TRACEPARENT: Symbol.for('_AWS_LAMBDA_TRACEPARENT'),
    TRACESTATE: Symbol.for('_AWS_LAMBDA_TRACESTATE'),
    BAGGAGE: Symbol.for('_AWS_LAMBDA_BAGGAGE'),
  },
  Zn = ['true', '1'].includes(process.env?.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA ?? '');
Zn || (globalThis.awslambda = globalThis.awslambda || {});
var Wr = class {
    static PROTECTED_KEYS = Le;
    isProtectedKey(e) {
      return Object.values(Le).includes(e);
    }
    getRequestId() {
      return this.get(Le.REQUEST_ID) ?? '-';
    }
    getXRayTraceId() {
      return this.get(Le.X_RAY_TRACE_ID);
    }
    getTenantId() {
      return this.get(Le.TENANT_ID);
    }
    getTraceparent() {
      return this.get(Le.TRACEPARENT);
    }
    getTracestate() {
      return this.get(Le.TRACESTATE);
    }
    getBaggage() {
      return this.get(Le.BAGGAGE);
    }
  },
  ei = class extends Wr {
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
  ti = class t extends Wr {
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
  Ht;
((t) => {
  let e = null;
  async function r(o) {
    return (
      e ||
        (e = (async () => {
          const n = o === !0 || 'AWS_LAMBDA_MAX_CONCURRENCY' in process.env ? await ti.create() : new ei();
          return !Zn && globalThis.awslambda?.InvokeStore
            ? globalThis.awslambda.InvokeStore
            : (!Zn && globalThis.awslambda && (globalThis.awslambda.InvokeStore = n), n);
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
})(Ht || (Ht = {}));
var Xh = 'AWS_LAMBDA_FUNCTION_NAME',
  Yh = '_X_AMZN_TRACE_ID',
  ri = 'X-Amzn-Trace-Id',
  oi = 'traceparent',
  Ml = 'tracestate',
  Dl = 'baggage',
  Pl = () => (t) => async (e) => {
    const { request: r } = e;
    if (!D.isInstance(r)) return t(e);
    let o;
    {
      const s = Object.keys(r.headers ?? {}).find((n) => n.toLowerCase() === ri.toLowerCase()) ?? ri;
      if (!Object.hasOwn(r.headers, s)) {
        const n = process.env[Xh],
          i = process.env[Yh];
        o ??= await Ht.getInstanceAsync();
        const c = o?.getXRayTraceId() ?? i,
          u = (l) => typeof l == 'string' && l.length > 0;
        u(n) && u(c) && (r.headers[ri] = c);
      }
    }
    if ((Zh(r.headers), !r.headers[oi])) {
      const n = (o ??= await Ht.getInstanceAsync())?.getTraceparent?.();
      if (n) {
        r.headers[oi] = n;
        const i = o?.getTracestate?.();
        i && (r.headers[Ml] = i);
        const a = o?.getBaggage?.();
        a && (r.headers[Dl] = a);
      }
    }
    return t(e);
  };
function Zh(t) {
  for (const e of Object.keys(t)) {
    const r = e.toLowerCase();
    e !== r && (r === oi || r === Ml || r === Dl) && ((t[r] = t[e]), delete t[e]);
  }
}
var si = (t) => ({
  applyToStack: (e) => {
    e.add(Pl(), vl);
  },
});
O();
var Ul = (t, e) => {
  if (!e || e.length === 0) return t;
  const r = [];
  for (const o of e) for (const s of t) s.schemeId.split('#')[1] === o && r.push(s);
  for (const o of t) r.find(({ schemeId: s }) => s === o.schemeId) || r.push(o);
  return r;
};
function eg(t) {
  const e = new Map();
  for (const r of t) e.set(r.schemeId, r);
  return e;
}
var ni = (t, e) => (r, o) => async (s) => {
  const n = t.httpAuthSchemeProvider(await e.httpAuthSchemeParametersProvider(t, o, s.input)),
    i = t.authSchemePreference ? await t.authSchemePreference() : [],
    a = Ul(n, i),
    c = eg(t.httpAuthSchemes),
    u = X(o),
    l = [];
  for (const f of a) {
    const d = c.get(f.schemeId);
    if (!d) {
      l.push(`HttpAuthScheme \`${f.schemeId}\` was not enabled for this service.`);
      continue;
    }
    const m = d.identityProvider(await e.identityProviderConfigProvider(t));
    if (!m) {
      l.push(`HttpAuthScheme \`${f.schemeId}\` did not have an IdentityProvider configured.`);
      continue;
    }
    const { identityProperties: h = {}, signingProperties: y = {} } = f.propertiesExtractor?.(t, o) || {};
    (f.identityProperties = Object.assign(f.identityProperties || {}, h)),
      (f.signingProperties = Object.assign(f.signingProperties || {}, y)),
      (u.selectedHttpAuthScheme = {
        httpAuthOption: f,
        identity: await m(f.identityProperties),
        signer: d.signer,
      });
    break;
  }
  if (!u.selectedHttpAuthScheme)
    throw new Error(
      l.join(`
`),
    );
  return r(s);
};
var ii = {
    step: 'serialize',
    tags: ['HTTP_AUTH_SCHEME'],
    name: 'httpAuthSchemeMiddleware',
    override: !0,
    relation: 'before',
    toMiddleware: 'endpointV2Middleware',
  },
  Kr = (t, { httpAuthSchemeParametersProvider: e, identityProviderConfigProvider: r }) => ({
    applyToStack: (o) => {
      o.addRelativeTo(ni(t, { httpAuthSchemeParametersProvider: e, identityProviderConfigProvider: r }), ii);
    },
  });
O();
var tg = (t) => (e) => {
    throw e;
  },
  rg = (t, e) => {},
  ai = (t) => (e, r) => async (o) => {
    if (!D.isInstance(o.request)) return e(o);
    const n = X(r).selectedHttpAuthScheme;
    if (!n) throw new Error('No HttpAuthScheme was selected: unable to sign request');
    const {
        httpAuthOption: { signingProperties: i = {} },
        identity: a,
        signer: c,
      } = n,
      u = await e({ ...o, request: await c.sign(o.request, a, i) }).catch((c.errorHandler || tg)(i));
    return ((c.successHandler || rg)(u.response, i), u);
  };
var ci = {
    step: 'finalizeRequest',
    tags: ['HTTP_SIGNING'],
    name: 'httpSigningMiddleware',
    aliases: ['apiKeyMiddleware', 'tokenMiddleware', 'awsAuthMiddleware'],
    override: !0,
    relation: 'after',
    toMiddleware: 'retryMiddleware',
  },
  Jr = (t) => ({
    applyToStack: (e) => {
      e.addRelativeTo(ai(t), ci);
    },
  });
var Ae = (t) => {
  if (typeof t == 'function') return t;
  const e = Promise.resolve(t);
  return () => e;
};
O();
var dt = class {
  authSchemes = new Map();
  constructor(e) {
    for (const r in e) {
      if (!A(e, r)) continue;
      const o = e[r];
      o !== void 0 && this.authSchemes.set(r, o);
    }
  }
  getIdentityProvider(e) {
    return this.authSchemes.get(e);
  }
};
var ui = (t) => (r) => Vt(r) && r.expiration.getTime() - Date.now() < t;
var Xr = ui(3e5),
  Vt = (t) => t.expiration !== void 0,
  Yr = (t, e, r) => {
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
var Zr = void 0;
function sg(t) {
  return t === void 0 ? !0 : typeof t == 'string' && t.length <= 50;
}
function fi(t) {
  const e = Ae(t.userAgentAppId ?? Zr),
    { customUserAgent: r } = t;
  return Object.assign(t, {
    customUserAgent: typeof r == 'string' ? [[r]] : r,
    userAgentAppId: async () => {
      const o = await e();
      if (!sg(o)) {
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
var Ll = {
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
var ng = Ll,
  ig = '',
  kl = (t) => {
    const { partitions: e } = ng;
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
var $l = () => ig;

import { Readable as ag } from 'node:stream';

var li = (t) => t?.body instanceof ag || (typeof ReadableStream < 'u' && t?.body instanceof ReadableStream);
Z();
R();
Se();
var Bl = [
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
  Fl = ['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'],
  Hl = [500, 502, 503, 504],
  Vl = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT'],
  zl = ['EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'];
var cg = (t) => t?.$retryable !== void 0;
var ug = (t) => t.$metadata?.clockSkewCorrected,
  fg = (t) => {
    const e = new Set([
      'Failed to fetch',
      'NetworkError when attempting to fetch resource',
      'The Internet connection appears to be offline',
      'Load failed',
      'Network request failed',
    ]);
    return t && t instanceof TypeError ? e.has(t.message) : !1;
  },
  eo = (t) => t.$metadata?.httpStatusCode === 429 || Bl.includes(t.name) || t.$retryable?.throttling == !0,
  to = (t, e = 0) =>
    t?.name !== 'AbortError' &&
    (cg(t) ||
      ug(t) ||
      (t.name === 'InvalidSignatureException' && t.message?.includes('Signature expired')) ||
      Fl.includes(t.name) ||
      Vl.includes(t?.code || '') ||
      zl.includes(t?.code || '') ||
      Hl.includes(t.$metadata?.httpStatusCode || 0) ||
      fg(t) ||
      lg(t) ||
      (t.cause !== void 0 && e <= 10 && to(t.cause, e + 1))),
  ql = (t) => {
    if (t.$metadata?.httpStatusCode !== void 0) {
      const e = t.$metadata.httpStatusCode;
      return 500 <= e && e <= 599 && !to(t);
    }
    return !1;
  };
function lg(t) {
  return t.code === 'ERR_HTTP2_STREAM_ERROR' && t.message.includes('NGHTTP2_REFUSED_STREAM');
}
var ro = (t, e) => {
    if (!e) return t;
    let r = () => {},
      o = new Promise((s, n) => {
        const i = () => n(dg(e));
        e.aborted
          ? i()
          : typeof e.addEventListener == 'function'
            ? (e.addEventListener('abort', i, { once: !0 }), (r = () => e.removeEventListener('abort', i)))
            : (e.onabort = i);
      });
    return Promise.race([t, o]).finally(r);
  },
  dg = (t) => {
    const e = t.reason;
    return e instanceof Error
      ? Object.assign(new Error('Request aborted'), { name: 'AbortError', cause: e })
      : Object.assign(new Error(e ? String(e) : 'Request aborted'), { name: 'AbortError' });
  },
  jl = (t) => typeof t == 'object' && t !== null && 'name' in t && t.name === 'AbortError';
var Gl = 'amz-sdk-invocation-id',
  Ql = 'amz-sdk-request';
O();
R();
function Wl(t, e) {
  if (Q.isInstance(t))
    for (const r in t.headers) {
      if (!A(t.headers, r)) continue;
      const o = r.toLowerCase();
      if (o === 'retry-after') {
        let s = t.headers[r],
          n = NaN;
        if (s.endsWith('GMT'))
          try {
            n = (wt(s).getTime() - Date.now()) / 1e3;
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
var Kl = (t) =>
  t instanceof Error
    ? t
    : t instanceof Object
      ? Object.assign(new Error(), t)
      : typeof t == 'string'
        ? new Error(t)
        : new Error(`AWS SDK error wrapper for ${t}`);
function di(t) {
  return (e) => (r, o) => async (s) => {
    let n = await e.retryStrategy(),
      i = await e.maxAttempts(),
      a = o[ce]?.abortSignal;
    if (pg(n)) {
      n = n;
      let c = (o.partition_id ?? '') + (o.__retryLongPoll ? ':longpoll' : ''),
        u = await ro(n.acquireInitialRetryToken(c), a),
        l = new Error(),
        f = 0,
        d = 0,
        { request: m } = s,
        h = D.isInstance(m);
      for (h && (m.headers[Gl] = Tn()); ; )
        try {
          h && (m.headers[Ql] = `attempt=${f + 1}; max=${i}`);
          const { response: y, output: g } = await r(s);
          return (
            n.recordSuccess(u),
            (g.$metadata.attempts = f + 1),
            (g.$metadata.totalRetryDelay = d),
            { response: y, output: g }
          );
        } catch (y) {
          const g = mg(y, e.logger);
          if (((l = Kl(y)), h && t(m)))
            throw (
              (o.logger instanceof fe ? console : o.logger)?.warn(
                'An error was encountered in a non-retryable streaming request.',
              ),
              l
            );
          try {
            if (a?.aborted) throw l;
            u = await ro(n.refreshRetryTokenForRetry(u, g), a);
          } catch (x) {
            throw x !== l && a?.aborted && jl(x)
              ? x
              : (l.$metadata || (l.$metadata = {}),
                (l.$metadata.attempts = f + 1),
                (l.$metadata.totalRetryDelay = d),
                l);
          }
          f = u.getRetryCount();
          const E = u.getRetryDelay();
          (d += (u?.$retryLog?.acquisitionDelay ?? 0) + E),
            E > 0 && (await ro(new Promise((x) => setTimeout(x, E)), a));
        }
    } else
      return (
        (n = n),
        n?.mode && (o.userAgent = [...(o.userAgent || []), ['cfg/retry-mode', n.mode]]),
        n.retry(r, s)
      );
  };
}
var pg = (t) =>
    typeof t.acquireInitialRetryToken < 'u' &&
    typeof t.refreshRetryTokenForRetry < 'u' &&
    typeof t.recordSuccess < 'u',
  mg = (t, e) => {
    const r = { error: t, errorType: hg(t) },
      o = Wl(t.$response, e);
    return (o && (r.retryAfterHint = o), r);
  },
  hg = (t) => (eo(t) ? 'THROTTLING' : to(t) ? 'TRANSIENT' : ql(t) ? 'SERVER_ERROR' : 'CLIENT_ERROR'),
  gg = { name: 'retryMiddleware', tags: ['RETRY'], step: 'finalizeRequest', priority: 'high', override: !0 };
function Jl(t) {
  const e = di(t);
  return (r) => ({
    applyToStack: (o) => {
      o.add(e(r), gg);
    },
  });
}
var oo = class t {
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
    if (o?.errorType === 'THROTTLING' || eo(o?.error ?? e)) {
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
var ne = class {
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
var so = class {
  x = ne.delay();
  computeNextBackoffDelay(e) {
    const s = Math.random() * Math.min(this.x * 2 ** e, 2e4);
    return Math.floor(s);
  }
  setDelayBase(e) {
    this.x = e;
  }
};
var zt = class {
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
var ie;
((t) => {
  (t.STANDARD = 'standard'), (t.ADAPTIVE = 'adaptive');
})(ie || (ie = {}));
var ke = 3,
  qt = ie.STANDARD;
var no = { incompatible: 1, attempts: 2, capacity: 3 },
  Ge = class {
    mode = ie.STANDARD;
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
        (this.maxAttemptsProvider ??= async () => ke),
        (this.baseDelay ??= ne.delay()),
        (this.retryBackoffStrategy ??= new so());
    }
    async acquireInitialRetryToken(e) {
      return new zt(ne.delay(), 0, void 0, e.includes(':longpoll'));
    }
    async refreshRetryTokenForRetry(e, r) {
      const o = await this.getMaxAttempts(),
        s = this.retryCode(e, r, o),
        n = s === 0,
        i = e.isLongPoll?.();
      if (n || i) {
        const a = r.errorType;
        this.retryBackoffStrategy.setDelayBase(a === 'THROTTLING' ? ne.throttlingDelay() : this.baseDelay);
        let c = this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),
          u = c;
        if (
          (r.retryAfterHint instanceof Date &&
            (u = Math.max(c, Math.min(r.retryAfterHint.getTime() - Date.now(), c + 5e3))),
          n)
        ) {
          const l = this.getCapacityCost(a);
          this.capacity -= l;
          const f = new zt(0, e.getRetryCount() + 1, l, e.isLongPoll?.() ?? !1);
          return (await new Promise((d) => setTimeout(d, u)), (f.$retryLog.acquisitionDelay = u), f);
        } else {
          const l = s === no.capacity && i ? u : 0;
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
        return (console.warn(`Max attempts provider could not resolve. Using default of ${ke}`), ke);
      }
    }
    retryCode(e, r, o) {
      const s = e.getRetryCount() + 1,
        n = this.isRetryableError(r.errorType) ? 0 : no.incompatible,
        i = s < o ? 0 : no.attempts,
        a = this.capacity >= this.getCapacityCost(r.errorType) ? 0 : no.capacity;
      return n || i || a;
    }
    getCapacityCost(e) {
      return e === ne.modifiedCostType() ? ne.throttlingCost() : ne.cost();
    }
    isRetryableError(e) {
      return e === 'THROTTLING' || e === 'TRANSIENT';
    }
  };
var io = class {
  mode = ie.ADAPTIVE;
  rateLimiter;
  standardRetryStrategy;
  constructor(e, r) {
    const { rateLimiter: o } = r ?? {};
    (this.rateLimiter = o ?? new oo()),
      (this.standardRetryStrategy = r
        ? new Ge({ maxAttempts: typeof e == 'number' ? e : 3, ...r })
        : new Ge(e));
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
Z();
var pi = 'AWS_MAX_ATTEMPTS',
  mi = 'max_attempts',
  hi = {
    environmentVariableSelector: (t) => {
      const e = t[pi];
      if (!e) return;
      const r = parseInt(e);
      if (Number.isNaN(r)) throw new Error(`Environment variable ${pi} mast be a number, got "${e}"`);
      return r;
    },
    configFileSelector: (t) => {
      const e = t[mi];
      if (!e) return;
      const r = parseInt(e);
      if (Number.isNaN(r)) throw new Error(`Shared config file entry ${mi} mast be a number, got "${e}"`);
      return r;
    },
    default: ke,
  },
  gi = (t, e) => {
    let { retryStrategy: r, retryMode: o } = t,
      { defaultMaxAttempts: s = ke, defaultBaseDelay: n = ne.delay() } = e ?? {},
      i = W(t.maxAttempts ?? s),
      a = r ? Promise.resolve(r) : void 0,
      c = async () => {
        const u = await i();
        return (await W(o)()) === ie.ADAPTIVE
          ? new io(i, { maxAttempts: u, baseDelay: n })
          : new Ge({ maxAttempts: u, baseDelay: n });
      };
    return Object.assign(t, { maxAttempts: i, retryStrategy: () => (a ??= c()) });
  },
  Xl = 'AWS_RETRY_MODE',
  Yl = 'retry_mode',
  yi = { environmentVariableSelector: (t) => t[Xl], configFileSelector: (t) => t[Yl], default: qt };
var WN = di(li),
  Zl = Jl(li);
var Eg = /\d{12}\.ddb/;
async function ed(t, e, r) {
  if (
    (r.request?.headers?.['smithy-protocol'] === 'rpc-v2-cbor' && de(t, 'PROTOCOL_RPC_V2_CBOR', 'M'),
    typeof e.retryStrategy == 'function')
  ) {
    const n = await e.retryStrategy();
    if (typeof n.mode == 'string')
      switch (n.mode) {
        case ie.ADAPTIVE:
          de(t, 'RETRY_MODE_ADAPTIVE', 'F');
          break;
        case ie.STANDARD:
          de(t, 'RETRY_MODE_STANDARD', 'E');
          break;
      }
  }
  if (typeof e.accountIdEndpointMode == 'function') {
    const n = t.endpointV2;
    switch (
      (String(n?.url?.hostname).match(Eg) && de(t, 'ACCOUNT_ID_ENDPOINT', 'O'),
      await e.accountIdEndpointMode?.())
    ) {
      case 'disabled':
        de(t, 'ACCOUNT_ID_MODE_DISABLED', 'Q');
        break;
      case 'preferred':
        de(t, 'ACCOUNT_ID_MODE_PREFERRED', 'P');
        break;
      case 'required':
        de(t, 'ACCOUNT_ID_MODE_REQUIRED', 'R');
        break;
    }
  }
  const s = t.__smithy_context?.selectedHttpAuthScheme?.identity;
  if (s?.$source) {
    const n = s;
    n.accountId && de(t, 'RESOLVED_ACCOUNT_ID', 'T');
    for (const [i, a] of Object.entries(n.$source ?? {})) de(t, i, a);
  }
}
var Si = 'user-agent',
  ao = 'x-amz-user-agent';
var td = /[^!$%&'*+\-.^_`|~\w]/g,
  rd = /[^!$%&'*+\-.^_`|~\w#]/g;
function od(t) {
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
var id = (t) => (e, r) => async (o) => {
    const { request: s } = o;
    if (!D.isInstance(s)) return e(o);
    const { headers: n } = s,
      i = r?.userAgent?.map(co) || [],
      a = (await t.defaultUserAgentProvider()).map(co);
    await ed(r, t, o);
    const c = r;
    a.push(`m/${od(Object.assign({}, r.__smithy_context?.features, c.__aws_sdk_context?.features))}`);
    const u = t?.customUserAgent?.map(co) || [],
      l = await t.userAgentAppId();
    l && a.push(co(['app', `${l}`]));
    const f = $l(),
      d = (f ? [f] : []).concat([...a, ...i, ...u]).join(' '),
      m = [...a.filter((h) => h.startsWith('aws-sdk-')), ...u].join(' ');
    return (
      t.runtime !== 'browser' ? (m && (n[ao] = n[ao] ? `${n[Si]} ${m}` : m), (n[Si] = d)) : (n[ao] = d),
      e({ ...o, request: s })
    );
  },
  co = (t) => {
    let e = t[0]
        .split('/')
        .map((i) => i.replace(td, '-'))
        .join('/'),
      r = t[1]?.replace(rd, '-'),
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
  ad = {
    name: 'getUserAgentMiddleware',
    step: 'build',
    priority: 'low',
    tags: ['SET_USER_AGENT', 'USER_AGENT'],
    override: !0,
  },
  xi = (t) => ({
    applyToStack: (e) => {
      e.add(id(t), ad);
    },
  });

import { release as wg, platform as xg } from 'node:os';
import { env as fd, versions as wi } from 'node:process';

var cd = () => {
  const t = ['deno', 'bun', 'llrt'];
  for (const e of t) if (wi[e]) return [`md/${e}`, wi[e]];
  return ['md/nodejs', wi.node];
};
var Ai = { isCrtAvailable: !1 };
var ud = () => (Ai.isCrtAvailable ? ['md/crt-avail'] : null);
var _i = ({ serviceId: t, clientVersion: e }) => {
  const r = cd();
  return async (o) => {
    const s = [['aws-sdk-js', e], ['ua', '2.1'], [`os/${xg()}`, wg()], ['lang/js'], r],
      n = ud();
    n && s.push(n),
      t && s.push([`api/${t}`, e]),
      fd.AWS_EXECUTION_ENV && s.push([`exec-env/${fd.AWS_EXECUTION_ENV}`]);
    const i = await o?.userAgentAppId?.();
    return i ? [...s, [`app/${i}`]] : [...s];
  };
};
var ld = 'AWS_SDK_UA_APP_ID',
  dd = 'sdk_ua_app_id',
  Ag = 'sdk-ua-app-id',
  bi = { environmentVariableSelector: (t) => t[ld], configFileSelector: (t) => t[dd] ?? t[Ag], default: Zr };
ve();
ve();
ve();
var Ri = (t, e = !1) => {
  if (e) {
    for (const r of t.split('.')) if (!Ri(r)) return !1;
    return !0;
  }
  return !(!me(t) || t.length < 3 || t.length > 63 || t !== t.toLowerCase() || rt(t));
};
var pd = (t) => {
  const e = t.split(':');
  if (e.length < 6) return null;
  const [r, o, s, n, i, ...a] = e;
  if (r !== 'arn' || o === '' || s === '' || a.join(':') === '') return null;
  const c = a.flatMap((u) => u.split('/'));
  return { partition: o, service: s, region: n, accountId: i, resourceId: c };
};
var uo = { isVirtualHostableS3Bucket: Ri, parseArn: pd, partition: kl };
He.aws = uo;
var Ti = (t) => ({
    setRegion(e) {
      t.region = e;
    },
    region() {
      return t.region;
    },
  }),
  Ii = (t) => ({ region: t.region() });
Z();
var Ci = (t) => Object.assign(t, { useQueueUrlAsEndpoint: t.useQueueUrlAsEndpoint ?? !0 });
function md({ useQueueUrlAsEndpoint: t, endpoint: e }) {
  return (r, o) => async (s) => {
    const { input: n } = s,
      i = o.endpointV2;
    if (!e && n.QueueUrl && i && t) {
      const a = o.logger instanceof fe || !o.logger?.warn ? console : o.logger;
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
var hd = {
    name: 'queueUrlMiddleware',
    relation: 'after',
    toMiddleware: 'endpointV2Middleware',
    override: !0,
  },
  Ni = (t) => ({
    applyToStack: (e) => {
      e.addRelativeTo(md(t), hd);
    },
  });
R();
var gd = (t) => (e) => async (r) => {
    const o = await e({ ...r });
    if (t.md5 === !1) return o;
    const s = o.output,
      n = new t.md5();
    if ((n.update(V(r.input.MessageBody || '')), s.MD5OfMessageBody !== $(await n.digest())))
      throw new Error('InvalidChecksumError');
    return o;
  },
  yd = { step: 'initialize', tags: ['VALIDATE_BODY_MD5'], name: 'sendMessageMiddleware', override: !0 },
  Oi = (t) => ({
    applyToStack: (e) => {
      e.add(gd(t), yd);
    },
  });
Z();
Oe();
ve();
Y();
Se();
var fo = (t) => (Q.isInstance(t) ? (t.headers?.date ?? t.headers?.Date) : void 0),
  lo = (t) => (Q.isInstance(t) ? (t.headers?.age ?? t.headers?.Age) : void 0);
var vi = (t) => new Date(Date.now() + t);
var po = (t, e, r, o) => {
  if (o !== void 0) return e;
  const s = Date.parse(t);
  if (Number.isNaN(s)) return e;
  const n = Date.now();
  return r !== void 0 && n - r > 9e5 ? e : s - n;
};
var jt = (t, e) => {
    if (!e) throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);
    return e;
  },
  bg = (t) => t.context?.[ce]?.eventStream?.output === !0,
  Mi = async (t) => {
    const e = jt('context', t.context),
      r = jt('config', t.config),
      o = e.endpointV2?.properties?.authSchemes?.[0],
      n = await jt('signer', r.signer)(o),
      i = t?.signingRegion,
      a = t?.signingRegionSet,
      c = t?.signingName;
    return { config: r, signer: n, signingRegion: i, signingRegionSet: a, signingName: c };
  },
  pt = class {
    async sign(e, r, o) {
      if (!D.isInstance(e))
        throw new Error('The request is not an instance of `HttpRequest` and cannot be signed');
      let s = await Mi(o),
        { config: n, signer: i } = s,
        { signingRegion: a, signingName: c } = s,
        u = o.context;
      if (u?.authSchemes?.length ?? !1) {
        const [m, h] = u.authSchemes;
        m?.name === 'sigv4a' &&
          h?.name === 'sigv4' &&
          ((a = h?.signingRegion ?? a), (c = h?.signingName ?? c));
      }
      const l = (await n.disableClockSkewCorrection?.()) === !0;
      o._disableClockSkewCorrection = l;
      const f = l || bg(o);
      return (
        (o._skipClockSkewSampling = f),
        f || ((o._preRequestSystemClockOffset = n.systemClockOffset), (o._requestSentAt = Date.now())),
        await i.sign(e, {
          signingDate: l ? new Date() : vi(n.systemClockOffset),
          signingRegion: a,
          signingService: c,
        })
      );
    }
    errorHandler(e) {
      return (r) => {
        const o = r;
        if (!e._skipClockSkewSampling && !e._disableClockSkewCorrection) {
          const s = o.ServerTime ?? fo(o.$response);
          if (s) {
            const n = jt('config', e.config),
              i = e._preRequestSystemClockOffset,
              a = e._requestSentAt,
              c = lo(o.$response),
              u = po(s, n.systemClockOffset, a, c);
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
      const o = fo(e);
      if (o) {
        const s = jt('config', r.config),
          n = r._requestSentAt,
          i = lo(e);
        s.systemClockOffset = po(o, s.systemClockOffset, n, i);
      }
    }
  };
var Di = (t) => (typeof t == 'string' && t.length > 0 ? t.split(',').map((e) => e.trim()) : []);
var Sd = (t) => `AWS_BEARER_TOKEN_${t.replace(/[\s-]/g, '_').toUpperCase()}`;
var Ed = 'AWS_AUTH_SCHEME_PREFERENCE',
  xd = 'auth_scheme_preference',
  mo = {
    environmentVariableSelector: (t, e) => {
      if (e?.signingName && Sd(e.signingName) in t) return ['httpBearerAuth'];
      if (Ed in t) return Di(t[Ed]);
    },
    configFileSelector: (t) => {
      if (xd in t) return Di(t[xd]);
    },
    default: [],
  };
R();
R();
R();
var ho = class {
    format(e) {
      const r = [];
      for (const n in e) {
        if (!A(e, n)) continue;
        const i = re(n);
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
          const a = re(e.value),
            c = new DataView(new ArrayBuffer(3 + a.byteLength));
          c.setUint8(0, 7), c.setUint16(1, a.byteLength, !1);
          const u = new Uint8Array(c.buffer);
          return (u.set(a, 3), u);
        }
        case 'timestamp': {
          const l = new Uint8Array(9);
          return ((l[0] = 8), l.set(Pi.fromNumber(e.value.valueOf()).bytes, 1), l);
        }
        case 'uuid': {
          if (!Rg.test(e.value)) throw new Error(`Invalid UUID received: ${e.value}`);
          const f = new Uint8Array(17);
          return ((f[0] = 9), f.set(At(e.value.replace(/-/g, '')), 1), f);
        }
      }
    }
  },
  wd;
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
})(wd || (wd = {}));
var Rg = /^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,
  Pi = class t {
    bytes;
    constructor(e) {
      if (((this.bytes = e), e.byteLength !== 8)) throw new Error('Int64 buffers must be exactly 8 bytes');
    }
    static fromNumber(e) {
      if (e > 9223372036854776e3 || e < -9223372036854776e3)
        throw new Error(`${e} is too large (or, if negative, too small) to represent as an Int64`);
      const r = new Uint8Array(8);
      for (let o = 7, s = Math.abs(Math.round(e)); o > -1 && s > 0; o--, s /= 256) r[o] = s;
      return (e < 0 && Ad(r), new t(r));
    }
    valueOf() {
      const e = this.bytes.slice(0),
        r = e[0] & 128;
      return (r && Ad(e), parseInt($(e), 16) * (r ? -1 : 1));
    }
    toString() {
      return String(this.valueOf());
    }
  };
function Ad(t) {
  for (let e = 0; e < 8; e++) t[e] ^= 255;
  for (let e = 7; e > -1 && (t[e]++, t[e] === 0); e--);
}
Z();
R();
R();
var _d = 'X-Amz-Algorithm',
  bd = 'X-Amz-Credential',
  Ui = 'X-Amz-Date',
  Rd = 'X-Amz-SignedHeaders',
  Td = 'X-Amz-Expires',
  Li = 'X-Amz-Signature',
  ki = 'X-Amz-Security-Token';
var $i = 'authorization',
  Bi = Ui.toLowerCase(),
  Tg = 'date',
  Id = [$i, Bi, Tg],
  Cd = Li.toLowerCase(),
  Gt = 'x-amz-content-sha256',
  Nd = ki.toLowerCase();
var Od = {
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
  vd = /^proxy-/,
  Md = /^sec-/;
var go = 'AWS4-HMAC-SHA256';
var Dd = 'AWS4-HMAC-SHA256-PAYLOAD',
  Pd = 'UNSIGNED-PAYLOAD',
  Ud = 50,
  Fi = 'aws4_request',
  Ld = 3600 * 24 * 7;
var kd = ({ query: t = {} }) => {
  const e = [],
    r = {};
  for (const o in t) {
    if (!A(t, o) || o.toLowerCase() === Cd) continue;
    const s = le(o);
    e.push(s);
    const n = t[o];
    typeof n == 'string'
      ? (r[s] = `${s}=${le(n)}`)
      : Array.isArray(n) &&
        (r[s] = n
          .slice(0)
          .reduce((i, a) => i.concat([`${s}=${le(a)}`]), [])
          .sort()
          .join('&'));
  }
  return e
    .sort()
    .map((o) => r[o])
    .filter((o) => o)
    .join('&');
};
var $d = (t) =>
    Ig(t)
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z'),
  Ig = (t) =>
    typeof t == 'number'
      ? new Date(t * 1e3)
      : typeof t == 'string'
        ? Number(t)
          ? new Date(Number(t) * 1e3)
          : new Date(t)
        : t;
var yo = class {
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
      (this.regionProvider = W(o)),
      (this.credentialProvider = W(r));
  }
  createCanonicalRequest(e, r, o) {
    const s = Object.keys(r).sort();
    return `${e.method}
${this.getCanonicalPath(e)}
${kd(e)}
${s
  .map((n) => `${n}:${r[n]}`)
  .join(`
`)}

${s.join(';')}
${o}`;
  }
  async createStringToSign(e, r, o, s) {
    const n = new this.sha256();
    n.update(V(o));
    const i = await n.digest();
    return `${s}
${e}
${r}
${$(i)}`;
  }
  getCanonicalPath({ path: e }) {
    if (this.uriEscapePath) {
      const r = [];
      for (const n of e.split('/')) n?.length !== 0 && n !== '.' && (n === '..' ? r.pop() : r.push(n));
      const o = `${e?.startsWith('/') ? '/' : ''}${r.join('/')}${r.length > 0 && e?.endsWith('/') ? '/' : ''}`;
      return le(o).replace(/%2F/g, '/');
    }
    return e;
  }
  validateResolvedCredentials(e) {
    if (typeof e != 'object' || typeof e.accessKeyId != 'string' || typeof e.secretAccessKey != 'string')
      throw new Error('Resolved credential object is not valid');
  }
  formatDate(e) {
    const r = $d(e).replace(/[-:]/g, '');
    return { longDate: r, shortDate: r.slice(0, 8) };
  }
  getCanonicalHeaderList(e) {
    return Object.keys(e).sort().join(';');
  }
};
R();
var So = {},
  Hi = [],
  Eo = (t, e, r) => `${t}/${e}/${r}/${Fi}`,
  Fd = async (t, e, r, o, s) => {
    const n = await Bd(t, e.secretAccessKey, e.accessKeyId),
      i = `${r}:${o}:${s}:${$(n)}:${e.sessionToken}`;
    if (i in So) return So[i];
    for (Hi.push(i); Hi.length > Ud; ) delete So[Hi.shift()];
    let a = `AWS4${e.secretAccessKey}`;
    for (const c of [r, o, s, Fi]) a = await Bd(t, a, c);
    return (So[i] = a);
  };
var Bd = (t, e, r) => {
  const o = new t(e);
  return (o.update(V(r)), o.digest());
};
R();
var Vi = ({ headers: t }, e, r) => {
  const o = {};
  for (const s of Object.keys(t).sort()) {
    if (t[s] == null) continue;
    const n = s.toLowerCase();
    ((A(Od, n) || e?.has(n) || vd.test(n) || Md.test(n)) && (!r || (r && !r.has(n)))) ||
      (n === '__proto__' && we(o),
      (o[n] = t[s]
        .replace(/[\r\n]/g, ' ')
        .replace(/[ \t]+/g, ' ')
        .replace(/^ | $/g, '')));
  }
  return o;
};
R();
R();
var xo = async ({ headers: t, body: e }, r) => {
  for (const o in t) if (A(t, o) && o.toLowerCase() === Gt) return t[o];
  if (e == null) return 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  if (typeof e == 'string' || ArrayBuffer.isView(e) || yt(e)) {
    const o = new r();
    return (o.update(V(e)), $(await o.digest()));
  }
  return Pd;
};
R();
var Hd = (t, e) => {
  t = t.toLowerCase();
  for (const r in e) if (A(e, r) && t === r.toLowerCase()) return !0;
  return !1;
};
R();
var Vd = (t, e = {}) => {
  const { headers: r, query: o = {} } = D.clone(t);
  for (const s in r) {
    if (!A(r, s)) continue;
    const n = s.toLowerCase();
    ((n.slice(0, 6) === 'x-amz-' && !e.unhoistableHeaders?.has(n)) || e.hoistableHeaders?.has(n)) &&
      ((o[s] = r[s]), delete r[s]);
  }
  return { ...t, headers: r, query: o };
};
R();
var zi = (t) => {
  t = D.clone(t);
  for (const e in t.headers) A(t.headers, e) && Id.indexOf(e.toLowerCase()) > -1 && delete t.headers[e];
  return t;
};
var mt = class extends yo {
  headerFormatter = new ho();
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
        signingService: l,
      } = r,
      f = await this.credentialProvider();
    this.validateResolvedCredentials(f);
    const d = u ?? (await this.regionProvider()),
      { longDate: m, shortDate: h } = this.formatDate(o);
    if (s > Ld)
      return Promise.reject(
        'Signature version 4 presigned URLs must have an expiration date less than one week in the future',
      );
    const y = Eo(h, d, l ?? this.service),
      g = Vd(zi(e), { unhoistableHeaders: i, hoistableHeaders: c });
    f.sessionToken && (g.query[ki] = f.sessionToken),
      (g.query[_d] = go),
      (g.query[bd] = `${f.accessKeyId}/${y}`),
      (g.query[Ui] = m),
      (g.query[Td] = s.toString(10));
    const E = Vi(g, n, a);
    return (
      (g.query[Rd] = this.getCanonicalHeaderList(E)),
      (g.query[Li] = await this.getSignature(
        m,
        y,
        this.getSigningKey(f, d, h, l),
        this.createCanonicalRequest(g, E, await xo(e, this.sha256)),
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
      { shortDate: u, longDate: l } = this.formatDate(o),
      f = Eo(u, c, i ?? this.service),
      d = await xo({ headers: {}, body: r }, this.sha256),
      m = new this.sha256();
    m.update(e);
    const h = $(await m.digest()),
      y = [Dd, l, f, s, h, d].join(`
`);
    return this.signString(y, {
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
    return (u.update(V(e)), $(await u.digest()));
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
      u = zi(e),
      { longDate: l, shortDate: f } = this.formatDate(r),
      d = Eo(f, c, i ?? this.service);
    (u.headers[Bi] = l), a.sessionToken && (u.headers[Nd] = a.sessionToken);
    const m = await xo(u, this.sha256);
    !Hd(Gt, u.headers) && this.applyChecksum && (u.headers[Gt] = m);
    const h = Vi(u, s, o),
      y = await this.getSignature(l, d, this.getSigningKey(a, c, f, i), this.createCanonicalRequest(u, h, m));
    return (
      (u.headers[$i] =
        `${go} Credential=${a.accessKeyId}/${d}, SignedHeaders=${this.getCanonicalHeaderList(h)}, Signature=${y}`),
      u
    );
  }
  async getSignature(e, r, o, s) {
    const n = await this.createStringToSign(e, r, s, go),
      i = new this.sha256(await o);
    return (i.update(V(n)), $(await i.digest()));
  }
  getSigningKey(e, r, o, s) {
    return Fd(this.sha256, e, o, r, s || this.service);
  }
};
var qi = (t) => (e) => {
  let r = e.credentials,
    o = !!e.credentials,
    s;
  Object.defineProperty(e, 'credentials', {
    set(l) {
      l && l !== r && l !== s && (o = !0), (r = l);
      const f = Cg(e, { credentials: r, credentialDefaultProvider: e.credentialDefaultProvider }),
        d = Ng(e, f);
      if (o && !d.attributed) {
        const m = typeof r == 'object' && r !== null;
        (s = async (h) => {
          const g = await d(h);
          return m && (!g.$source || Object.keys(g.$source).length === 0)
            ? gt(g, 'CREDENTIALS_CODE', 'e')
            : g;
        }),
          (s.memoized = d.memoized),
          (s.configBound = d.configBound),
          (s.attributed = !0);
      } else s = d;
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
      ? (c = Ae(e.signer))
      : e.regionInfoProvider
        ? (c = () =>
            Ae(e.region)()
              .then(async (l) => [
                (await e.regionInfoProvider(l, {
                  useFipsEndpoint: await e.useFipsEndpoint(),
                  useDualstackEndpoint: await e.useDualstackEndpoint(),
                })) || {},
                l,
              ])
              .then(([l, f]) => {
                const { signingRegion: d, signingService: m } = l;
                (e.signingRegion = e.signingRegion || d || f),
                  (e.signingName = e.signingName || m || e.serviceId);
                const h = {
                    ...e,
                    credentials: e.credentials,
                    region: e.signingRegion,
                    service: e.signingName,
                    sha256: a,
                    uriEscapePath: n,
                  },
                  y = e.signerConstructor || mt;
                return new y(h);
              }))
        : (c = async (l) => {
            l = Object.assign(
              {},
              {
                name: 'sigv4',
                signingName: e.signingName || e.defaultSigningName,
                signingRegion: await Ae(e.region)(),
                properties: {},
              },
              l,
            );
            const f = l.signingRegion,
              d = l.signingName;
            (e.signingRegion = e.signingRegion || f), (e.signingName = e.signingName || d || e.serviceId);
            const m = {
                ...e,
                credentials: e.credentials,
                region: e.signingRegion,
                service: e.signingName,
                sha256: a,
                uriEscapePath: n,
              },
              h = e.signerConstructor || mt;
            return new h(m);
          }),
    Object.assign(e, {
      systemClockOffset: i,
      signingEscapePath: n,
      signer: c,
      disableClockSkewCorrection: Ae(e.disableClockSkewCorrection ?? t),
    })
  );
};
function Cg(t, { credentials: e, credentialDefaultProvider: r }) {
  let o;
  return (
    e
      ? e?.memoized
        ? (o = e)
        : (o = Yr(e, Xr, Vt))
      : r
        ? (o = Ae(r(Object.assign({}, t, { parentClientConfig: t }))))
        : (o = async () => {
            throw new Error(
              '@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.',
            );
          }),
    (o.memoized = !0),
    o
  );
}
function Ng(t, e) {
  if (e.configBound) return e;
  const r = async (o) => e({ ...o, callerClientConfig: t });
  return ((r.memoized = e.memoized), (r.configBound = !0), r);
}
Oe();
Oe();
var vg = 'AWS_DISABLE_CLOCK_SKEW_CORRECTION',
  Mg = 'disable_clock_skew_correction',
  zd = {
    environmentVariableSelector: (t) => oe(t, vg, J.ENV),
    configFileSelector: (t) => oe(t, Mg, J.CONFIG),
    default: !1,
  };
var qd = z(zd);
var jd = qi(qd);
Z();
var Gd = async (t, e, r) => ({
  operation: X(e).operation,
  region:
    (await W(t.region)()) ||
    (() => {
      throw new Error('expected `region` to be configured for `aws.auth#sigv4`');
    })(),
});
function Dg(t) {
  return {
    schemeId: 'aws.auth#sigv4',
    signingProperties: { name: 'sqs', region: t.region },
    propertiesExtractor: (e, r) => ({ signingProperties: { config: e, context: r } }),
  };
}
var Qd = (t) => {
    const e = [];
    switch (t.operation) {
      default:
        e.push(Dg(t));
    }
    return e;
  },
  Wd = (t) => {
    const e = jd(t);
    return Object.assign(e, { authSchemePreference: W(t.authSchemePreference ?? []) });
  };
var Kd = (t) =>
    Object.assign(t, {
      useDualstackEndpoint: t.useDualstackEndpoint ?? !1,
      useFipsEndpoint: t.useFipsEndpoint ?? !1,
      defaultSigningName: 'sqs',
    }),
  Jd = {
    UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
    Endpoint: { type: 'builtInParams', name: 'endpoint' },
    Region: { type: 'builtInParams', name: 'region' },
    UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
  };
var Xd = {
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
Oe();
var Yd = 'AWS_ACCESS_KEY_ID',
  Zd = 'AWS_SECRET_ACCESS_KEY',
  ep = 'AWS_SESSION_TOKEN',
  tp = 'AWS_CREDENTIAL_EXPIRATION',
  rp = 'AWS_CREDENTIAL_SCOPE',
  op = 'AWS_ACCOUNT_ID',
  ji = (t) => async () => {
    t?.logger?.debug('@aws-sdk/credential-provider-env - fromEnv');
    const e = process.env[Yd],
      r = process.env[Zd],
      o = process.env[ep],
      s = process.env[tp],
      n = process.env[rp],
      i = process.env[op];
    if (e && r) {
      const a = {
        accessKeyId: e,
        secretAccessKey: r,
        ...(o && { sessionToken: o }),
        ...(s && { expiration: new Date(s) }),
        ...(n && { credentialScope: n }),
        ...(i && { accountId: i }),
      };
      return (gt(a, 'CREDENTIALS_ENV_VARS', 'g'), a);
    }
    throw new Ee('Unable to find environment variable credentials.', { logger: t?.logger });
  };
var sp = (t) => ji(t);
Z();
Oe();
R();
R();
function Gi(t) {
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
var np = ['ECONNRESET', 'EPIPE', 'ETIMEDOUT'];
R();
var ip = (t) => {
  const e = {};
  for (const r in t) {
    if (!A(t, r)) continue;
    const o = t[r];
    e[r] = Array.isArray(o) ? o.join(',') : o;
  }
  return e;
};

import Qt from 'node:https';

var B = { setTimeout: (t, e) => setTimeout(t, e), clearTimeout: (t) => clearTimeout(t) };
var ap = 1e3,
  cp = (t, e, r = 0) => {
    if (!r) return -1;
    const o = (s) => {
      const n = B.setTimeout(() => {
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
                B.clearTimeout(n);
              })
            : B.clearTimeout(n);
        };
      t.socket ? i(t.socket) : t.on('socket', i);
    };
    return r < 2e3 ? (o(0), 0) : B.setTimeout(o.bind(null, ap), ap);
  };
var up = (t, e, r = 0, o, s) =>
  r
    ? B.setTimeout(() => {
        let n = `@smithy/node-http-handler - [${o ? 'ERROR' : 'WARN'}] a request has exceeded the configured ${r} ms requestTimeout.`;
        if (o) {
          const i = Object.assign(new Error(n), { name: 'TimeoutError', code: 'ETIMEDOUT' });
          t.destroy(i), e(i);
        } else
          (n += ' Init client requestHandler with throwOnRequestTimeout=true to turn this into an error.'),
            s?.warn?.(n);
      }, r)
    : -1;
var Ug = 3e3,
  fp = (t, { keepAlive: e, keepAliveMsecs: r }, o = Ug) => {
    if (e !== !0) return -1;
    const s = () => {
      t.socket
        ? t.socket.setKeepAlive(e, r || 0)
        : t.on('socket', (n) => {
            n.setKeepAlive(e, r || 0);
          });
    };
    return o === 0 ? (s(), 0) : B.setTimeout(s, o);
  };
var wo = (t) => {
  const e = t?.defaultSocketTimeout;
  return typeof e == 'number' && Number.isFinite(e) && e > 0 ? e : void 0;
};
var Lg = 3e3,
  Qi = (t, e, r = 0, o = !1) => {
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
    const a = B.setTimeout(i, Lg);
    t.once('close', () => B.clearTimeout(a));
  };

import { Readable as kg } from 'node:stream';

var lp = 6e3;
async function dp(t, e, r = lp, o = !1) {
  let s = e.headers,
    n = s ? s.Expect || s.expect : void 0,
    i = -1,
    a = !0;
  !o &&
    n === '100-continue' &&
    (a = await Promise.race([
      new Promise((c) => {
        i = Number(B.setTimeout(() => c(!0), Math.max(lp, r)));
      }),
      new Promise((c) => {
        t.on('continue', () => {
          B.clearTimeout(i), c(!0);
        }),
          t.on('response', () => {
            B.clearTimeout(i), c(!1);
          }),
          t.on('error', () => {
            B.clearTimeout(i), c(!1);
          });
      }),
    ])),
    a && $g(t, e.body);
}
function $g(t, e) {
  if (e instanceof kg) {
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
var Ao,
  pp,
  Wt = class t {
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
          if (!A(s, c)) continue;
          const u = s[c]?.length ?? 0,
            l = n[c]?.length ?? 0;
          if (u >= i && l >= 2 * i)
            return (
              o?.warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${u} and ${l} additional requests are enqueued.
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
            l = -1,
            f = -1,
            d = -1,
            m = -1,
            h = () => {
              B.clearTimeout(l), B.clearTimeout(f), B.clearTimeout(d), B.clearTimeout(m);
            },
            y = async (F) => {
              await u, h(), a(F);
            },
            g = async (F) => {
              await u, h(), c(F);
            };
          if (r?.aborted) {
            const F = Gi(r);
            g(F);
            return;
          }
          let E = e.headers,
            x = E ? (E.Expect ?? E.expect) === '100-continue' : !1,
            _ = i ? s.httpsAgent : s.httpAgent;
          x && !this.externalAgent && (_ = new (i ? Qt.Agent : Ao)({ keepAlive: !1, maxSockets: 1 / 0 })),
            (l = B.setTimeout(
              () => {
                this.socketWarningTimestamp = t.checkSocketUsage(_, this.socketWarningTimestamp, n);
              },
              s.socketAcquisitionWarningTimeout ?? (s.requestTimeout ?? 2e3) + (s.connectionTimeout ?? 1e3),
            ));
          let T = e.query ? qn(e.query) : '',
            k;
          if (e.username != null || e.password != null) {
            const F = e.username ?? '',
              _e = e.password ?? '';
            k = `${F}:${_e}`;
          }
          let j = e.path;
          T && (j += `?${T}`), e.fragment && (j += `#${e.fragment}`);
          let te = e.hostname ?? '';
          te[0] === '[' && te.endsWith(']') ? (te = e.hostname.slice(1, -1)) : (te = e.hostname);
          const pa = {
              headers: e.headers,
              host: te,
              method: e.method,
              path: j,
              port: e.port,
              agent: _,
              auth: k,
            },
            ge = (i ? Qt.request : pp)(pa, (F) => {
              const _e = new Q({
                statusCode: F.statusCode || -1,
                reason: F.statusMessage,
                headers: ip(F.headers),
                body: F,
              });
              y({ response: _e });
            });
          if (
            (ge.on('error', (F) => {
              np.includes(F.code) ? g(Object.assign(F, { name: 'TimeoutError' })) : g(F);
            }),
            r)
          ) {
            const F = () => {
              ge.destroy();
              const _e = Gi(r);
              g(_e);
            };
            if (typeof r.addEventListener == 'function') {
              const _e = r;
              _e.addEventListener('abort', F, { once: !0 }),
                ge.once('close', () => _e.removeEventListener('abort', F));
            } else r.onabort = F;
          }
          const ma = o ?? s.requestTimeout;
          (f = cp(ge, g, s.connectionTimeout)), (d = up(ge, g, ma, s.throwOnRequestTimeout, n ?? console));
          const ha = s.socketTimeout === void 0 ? wo(s) : void 0;
          ha ? Qi(ge, g, ha, !0) : Qi(ge, g, s.socketTimeout);
          const Yt = pa.agent;
          typeof Yt == 'object' &&
            'keepAlive' in Yt &&
            (m = fp(ge, { keepAlive: Yt.keepAlive, keepAliveMsecs: Yt.keepAliveMsecs })),
            (u = dp(ge, e, ma, this.externalAgent).catch((F) => (h(), c(F))));
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
              (e = 'defaultSocketTimeout'), (r = wo(o) ?? r);
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
        l = !0,
        f = 50,
        d;
      return {
        connectionTimeout: o,
        requestTimeout: r,
        socketTimeout: s,
        defaultSocketTimeout: wo(e),
        socketAcquisitionWarningTimeout: n,
        throwOnRequestTimeout: c,
        httpAgentProvider: () =>
          (d ??= (async () => {
            const m = await import('node:http'),
              { Agent: h, request: y } = m.default ?? m;
            return (
              (pp = y),
              (Ao = h),
              i instanceof Ao || typeof i?.destroy == 'function'
                ? ((this.externalAgent = !0), i)
                : new Ao({ keepAlive: l, maxSockets: f, ...i })
            );
          })()),
        httpsAgent:
          a instanceof Qt.Agent || typeof a?.destroy == 'function'
            ? ((this.externalAgent = !0), a)
            : new Qt.Agent({ keepAlive: l, maxSockets: f, ...a }),
        logger: u,
      };
    }
  };
R();
Z();
Y();
var _o = class {
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
          httpLabel: l,
          httpPrefixHeaders: f,
        } = i.getMergedTraits();
        return !a && !c && !u && !l && f === void 0;
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
      const l = this.errorRegistry,
        f = l.getBaseException();
      if (f) {
        const h = l.getErrorCtor(f) ?? Error;
        throw this.decorateServiceException(Object.assign(new h({ name: a }), c), s);
      }
      const d = s,
        m = d?.message ?? d?.Message ?? d?.Error?.Message ?? d?.Error?.message;
      throw this.decorateServiceException(Object.assign(new Error(m), { name: a }, c), s);
    }
  }
  compose(e, r, o) {
    let s = o;
    r.includes('#') && ([s] = r.split('#'));
    const n = se.for(s),
      i = se.for('smithy.ts.sdk.synthetic.' + o);
    e.copyFrom(n), e.copyFrom(i), (this.errorRegistry = e);
  }
  decorateServiceException(e, r = {}) {
    if (this.queryCompat) {
      const o = e.Message ?? r.Message,
        s = yr(e, r);
      o && (s.message = o);
      const n = s.Error ?? {};
      (n.Type = s.Error?.Type),
        (n.Code = s.Error?.Code),
        (n.Message = s.Error?.message ?? s.Error?.Message ?? o),
        (s.Error = n);
      const i = s.$metadata.requestId;
      return (i && (s.RequestId = i), s);
    }
    return yr(e, r);
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
      return e.find((s) => C.of(s).getMergedTraits().awsQueryError?.[0] === r);
    }
  }
};
Y();
var bo = class extends $t {
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
      (this.codec = n ?? new Ft({ timestampFormat: { useTrait: !0, default: 7 }, jsonName: !1 })),
      (this.serializer = this.codec.createSerializer()),
      (this.deserializer = this.codec.createDeserializer()),
      (this.awsQueryCompatible = !!s),
      (this.mixin = new _o(this.awsQueryCompatible));
  }
  async serializeRequest(e, r, o) {
    const s = await super.serializeRequest(e, r, o);
    return (
      s.path.endsWith('/') || (s.path += '/'),
      (s.headers['content-type'] = `application/x-amz-json-${this.getJsonRpcVersion()}`),
      (s.headers['x-amz-target'] = `${this.serviceTarget}.${e.name}`),
      this.awsQueryCompatible && (s.headers['x-amzn-query-mode'] = 'true'),
      (Fe(e.input) === 'unit' || !s.body) && (s.body = '{}'),
      s
    );
  }
  getPayloadCodec() {
    return this.codec;
  }
  async handleError(e, r, o, s, n) {
    const { awsQueryCompatible: i } = this;
    i && this.mixin.setQueryCompatError(s, o);
    const a = Kn(o, s, i) ?? 'Unknown';
    this.mixin.compose(this.compositeErrorRegistry, a, this.options.defaultNamespace);
    const { errorSchema: c, errorMetadata: u } = await this.mixin.getErrorSchemaOrThrowBaseException(
        a,
        this.options.defaultNamespace,
        o,
        s,
        n,
        i ? this.mixin.findQueryCompatibleError : void 0,
      ),
      l = C.of(c),
      f = s.message ?? s.Message ?? 'UnknownError',
      d = this.compositeErrorRegistry.getErrorCtor(c) ?? Error,
      m = new d({}),
      h = {},
      y = this.codec.createDeserializer();
    for (const [g, E] of l.structIterator()) s[g] != null && (h[g] = y.readObject(E, s[g]));
    throw (
      i && this.mixin.queryCompatOutput(s, h),
      this.mixin.decorateServiceException(
        Object.assign(m, u, { $fault: l.getMergedTraits().error, message: f }, h),
        s,
      )
    );
  }
};
var Kt = class extends bo {
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
vr();
Z();
R();
ve();
ve();
var Jt = 'ref',
  Qe = -1,
  Ro = !0,
  mp = 'isSet',
  Sp = 'PartitionResult',
  To = 'booleanEquals',
  Wi = 'getAttr',
  hp = { [Jt]: 'Endpoint' },
  Ki = { [Jt]: Sp },
  ht = {},
  gp = [{ [Jt]: 'Region' }],
  yp = {
    conditions: [
      [mp, [hp]],
      [mp, gp],
      ['aws.partition', gp, Sp],
      [To, [{ [Jt]: 'UseFIPS' }, Ro]],
      [To, [{ [Jt]: 'UseDualStack' }, Ro]],
      [To, [{ fn: Wi, argv: [Ki, 'supportsDualStack'] }, Ro]],
      [To, [{ fn: Wi, argv: [Ki, 'supportsFIPS'] }, Ro]],
      ['stringEquals', [{ fn: Wi, argv: [Ki, 'name'] }, 'aws-us-gov']],
    ],
    results: [
      [Qe],
      [Qe, 'Invalid Configuration: FIPS and custom endpoint are not supported'],
      [Qe, 'Invalid Configuration: Dualstack and custom endpoint are not supported'],
      [hp, ht],
      ['https://sqs-fips.{Region}.{PartitionResult#dualStackDnsSuffix}', ht],
      [Qe, 'FIPS and DualStack are enabled, but this partition does not support one or both'],
      ['https://sqs.{Region}.amazonaws.com', ht],
      ['https://sqs-fips.{Region}.{PartitionResult#dnsSuffix}', ht],
      [Qe, 'FIPS is enabled but this partition does not support FIPS'],
      ['https://sqs.{Region}.{PartitionResult#dualStackDnsSuffix}', ht],
      [Qe, 'DualStack is enabled but this partition does not support DualStack'],
      ['https://sqs.{Region}.{PartitionResult#dnsSuffix}', ht],
      [Qe, 'Invalid Configuration: Missing Region'],
    ],
  },
  Bg = 2,
  ee = 1e8,
  Fg = new Int32Array([
    -1,
    1,
    -1,
    0,
    13,
    3,
    1,
    4,
    ee + 12,
    2,
    5,
    ee + 12,
    3,
    8,
    6,
    4,
    7,
    ee + 11,
    5,
    ee + 9,
    ee + 10,
    4,
    11,
    9,
    6,
    10,
    ee + 8,
    7,
    ee + 6,
    ee + 7,
    5,
    12,
    ee + 5,
    6,
    ee + 4,
    ee + 5,
    3,
    ee + 1,
    14,
    4,
    ee + 2,
    ee + 3,
  ]),
  Ep = vt.from(Fg, Bg, yp.conditions, yp.results);
var Hg = new Mt({ size: 50, params: ['Endpoint', 'Region', 'UseDualStack', 'UseFIPS'] }),
  xp = (t, e = {}) => Hg.get(t, () => bn(Ep, { endpointParams: t, logger: e.logger }));
He.aws = uo;
Y();
Z();
var I = class t extends Ct {
  static shapeId = 'smithy.ts.sdk.synthetic.com.amazonaws.sqs#SQSServiceException';
  constructor(e) {
    super(e), Object.setPrototypeOf(this, t.prototype);
  }
};
var Io = class t extends I {
    static shapeId = 'com.amazonaws.sqs#InvalidAddress';
    name = 'InvalidAddress';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidAddress', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Co = class t extends I {
    static shapeId = 'com.amazonaws.sqs#InvalidSecurity';
    name = 'InvalidSecurity';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidSecurity', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  No = class t extends I {
    static shapeId = 'com.amazonaws.sqs#OverLimit';
    name = 'OverLimit';
    $fault = 'client';
    constructor(e) {
      super({ name: 'OverLimit', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Oo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#QueueDoesNotExist';
    name = 'QueueDoesNotExist';
    $fault = 'client';
    constructor(e) {
      super({ name: 'QueueDoesNotExist', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  vo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#RequestThrottled';
    name = 'RequestThrottled';
    $fault = 'client';
    constructor(e) {
      super({ name: 'RequestThrottled', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Mo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#UnsupportedOperation';
    name = 'UnsupportedOperation';
    $fault = 'client';
    constructor(e) {
      super({ name: 'UnsupportedOperation', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Do = class t extends I {
    static shapeId = 'com.amazonaws.sqs#ResourceNotFoundException';
    name = 'ResourceNotFoundException';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ResourceNotFoundException', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Po = class t extends I {
    static shapeId = 'com.amazonaws.sqs#MessageNotInflight';
    name = 'MessageNotInflight';
    $fault = 'client';
    constructor(e) {
      super({ name: 'MessageNotInflight', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Uo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#ReceiptHandleIsInvalid';
    name = 'ReceiptHandleIsInvalid';
    $fault = 'client';
    constructor(e) {
      super({ name: 'ReceiptHandleIsInvalid', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Lo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#BatchEntryIdsNotDistinct';
    name = 'BatchEntryIdsNotDistinct';
    $fault = 'client';
    constructor(e) {
      super({ name: 'BatchEntryIdsNotDistinct', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  ko = class t extends I {
    static shapeId = 'com.amazonaws.sqs#EmptyBatchRequest';
    name = 'EmptyBatchRequest';
    $fault = 'client';
    constructor(e) {
      super({ name: 'EmptyBatchRequest', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  $o = class t extends I {
    static shapeId = 'com.amazonaws.sqs#InvalidBatchEntryId';
    name = 'InvalidBatchEntryId';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidBatchEntryId', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Bo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#TooManyEntriesInBatchRequest';
    name = 'TooManyEntriesInBatchRequest';
    $fault = 'client';
    constructor(e) {
      super({ name: 'TooManyEntriesInBatchRequest', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Fo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#InvalidAttributeName';
    name = 'InvalidAttributeName';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidAttributeName', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ho = class t extends I {
    static shapeId = 'com.amazonaws.sqs#InvalidAttributeValue';
    name = 'InvalidAttributeValue';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidAttributeValue', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Vo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#QueueDeletedRecently';
    name = 'QueueDeletedRecently';
    $fault = 'client';
    constructor(e) {
      super({ name: 'QueueDeletedRecently', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  zo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#QueueNameExists';
    name = 'QueueNameExists';
    $fault = 'client';
    constructor(e) {
      super({ name: 'QueueNameExists', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  qo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#InvalidIdFormat';
    name = 'InvalidIdFormat';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidIdFormat', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  jo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#PurgeQueueInProgress';
    name = 'PurgeQueueInProgress';
    $fault = 'client';
    constructor(e) {
      super({ name: 'PurgeQueueInProgress', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  Go = class t extends I {
    static shapeId = 'com.amazonaws.sqs#KmsAccessDenied';
    name = 'KmsAccessDenied';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsAccessDenied', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Qo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#KmsDisabled';
    name = 'KmsDisabled';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsDisabled', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Wo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#KmsInvalidKeyUsage';
    name = 'KmsInvalidKeyUsage';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsInvalidKeyUsage', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Ko = class t extends I {
    static shapeId = 'com.amazonaws.sqs#KmsInvalidState';
    name = 'KmsInvalidState';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsInvalidState', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Jo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#KmsNotFound';
    name = 'KmsNotFound';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsNotFound', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Xo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#KmsOptInRequired';
    name = 'KmsOptInRequired';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsOptInRequired', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Yo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#KmsThrottled';
    name = 'KmsThrottled';
    $fault = 'client';
    constructor(e) {
      super({ name: 'KmsThrottled', $fault: 'client', ...e }), Object.setPrototypeOf(this, t.prototype);
    }
  },
  Zo = class t extends I {
    static shapeId = 'com.amazonaws.sqs#InvalidMessageContents';
    name = 'InvalidMessageContents';
    $fault = 'client';
    constructor(e) {
      super({ name: 'InvalidMessageContents', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  },
  es = class t extends I {
    static shapeId = 'com.amazonaws.sqs#BatchRequestTooLong';
    name = 'BatchRequestTooLong';
    $fault = 'client';
    constructor(e) {
      super({ name: 'BatchRequestTooLong', $fault: 'client', ...e }),
        Object.setPrototypeOf(this, t.prototype);
    }
  };
var Vg = 'Actions',
  zg = 'ActionName',
  qg = 'ApproximateNumberOfMessagesMoved',
  jg = 'ApproximateNumberOfMessagesToMove',
  Ap = 'AttributeNames',
  Ji = 'AttributeName';
var Gg = 'AddPermissionRequest',
  Qg = 'AWSAccountIds',
  Wg = 'AWSAccountId',
  ts = 'Attributes',
  rs = 'Attribute',
  Kg = 'Body',
  Jg = 'BatchEntryIdsNotDistinct',
  Xg = 'BinaryList',
  _p = 'BinaryListValues',
  Xi = 'BinaryListValue',
  os = 'BatchResultErrorEntry',
  Yg = 'BatchResultErrorEntryList',
  Zg = 'BatchRequestTooLong',
  bp = 'BinaryValue',
  ey = 'Code';
var ty = 'ChangeMessageVisibilityBatchRequest',
  Rp = 'ChangeMessageVisibilityBatchRequestEntry',
  ry = 'ChangeMessageVisibilityBatchRequestEntryList',
  oy = 'ChangeMessageVisibilityBatchResultEntryList',
  Tp = 'ChangeMessageVisibilityBatchResultEntry',
  sy = 'ChangeMessageVisibilityBatchResult';
var ny = 'CreateQueueRequest';
var iy = 'DestinationArn';
var ay = 'DeleteMessageBatchRequest',
  Ip = 'DeleteMessageBatchRequestEntry',
  cy = 'DeleteMessageBatchRequestEntryList',
  uy = 'DeleteMessageBatchResultEntryList',
  Cp = 'DeleteMessageBatchResultEntry',
  fy = 'DeleteMessageBatchResult';
var Np = 'DelaySeconds',
  Op = 'DataType',
  Yi = 'Entries',
  ly = 'EmptyBatchRequest',
  Zi = 'Failed',
  dy = 'FailureReason';
var py = 'GetQueueAttributesRequest',
  my = 'GetQueueAttributesResult';
var We = 'Id',
  hy = 'InvalidAddress',
  gy = 'InvalidAttributeName',
  yy = 'InvalidAttributeValue',
  Sy = 'InvalidBatchEntryId',
  Ey = 'InvalidIdFormat',
  xy = 'InvalidMessageContents',
  wy = 'InvalidSecurity',
  Ay = 'Key',
  _y = 'KmsAccessDenied',
  by = 'KmsDisabled',
  Ry = 'KmsInvalidKeyUsage',
  Ty = 'KmsInvalidState',
  Iy = 'KmsNotFound',
  Cy = 'KmsOptInRequired',
  Ny = 'KmsThrottled',
  Oy = 'Label';
var vy = 'ListDeadLetterSourceQueuesResult';
var vp = 'ListMessageMoveTasksResultEntry',
  My = 'ListMessageMoveTasksResultEntryList',
  wp = 'ListMessageMoveTasksResult';
var Dy = 'ListQueuesResult';
var Py = 'ListQueueTagsResult',
  ea = 'Message',
  ta = 'MessageAttributes',
  Uy = 'MessageAttributeNames',
  Ly = 'MessageAttributeName',
  ky = 'MessageAttributeValue',
  ra = 'MessageAttribute',
  Mp = 'MessageBody',
  $y = 'MessageBodyAttributeMap',
  By = 'MessageBodySystemAttributeMap',
  Dp = 'MessageDeduplicationId',
  Fy = 'MD5OfBody',
  oa = 'MD5OfMessageAttributes',
  Pp = 'MD5OfMessageBody',
  Up = 'MD5OfMessageSystemAttributes',
  Lp = 'MessageGroupId',
  sa = 'MessageId',
  Hy = 'MessageList',
  Vy = 'MessageNotInflight',
  zy = 'MaxNumberOfMessages',
  qy = 'MaxNumberOfMessagesPerSecond';
var kp = 'MessageSystemAttributes',
  jy = 'MessageSystemAttributeMap',
  Gy = 'MessageSystemAttributeNames',
  Qy = 'MessageSystemAttributeValue',
  $p = 'MessageSystemAttribute',
  Wy = 'Messages',
  ss = 'Name',
  Bp = 'NextToken',
  Ky = 'OverLimit';
var Jy = 'PurgeQueueInProgress';
var Xy = 'QueueAttributeMap',
  Yy = 'QueueDoesNotExist',
  Zy = 'QueueDeletedRecently',
  eS = 'QueueName',
  tS = 'QueueNameExists';
var ae = 'QueueUrl',
  rS = 'QueueUrls',
  oS = 'Results',
  na = 'ReceiptHandle',
  sS = 'ReceiptHandleIsInvalid';
var nS = 'ReceiveMessageRequest',
  iS = 'ReceiveMessageResult',
  aS = 'ResourceNotFoundException';
var cS = 'ReceiveRequestAttemptId',
  uS = 'RequestThrottled',
  ia = 'Successful',
  fS = 'SourceArn',
  lS = 'SenderFault',
  dS = 'StringList',
  Fp = 'StringListValues',
  aa = 'StringListValue',
  pS = 'SendMessage';
var mS = 'SendMessageBatchRequest',
  Hp = 'SendMessageBatchRequestEntry',
  hS = 'SendMessageBatchRequestEntryList',
  gS = 'SendMessageBatchResultEntryList',
  Vp = 'SendMessageBatchResultEntry',
  yS = 'SendMessageBatchResult';
var SS = 'SendMessageRequest',
  ES = 'SendMessageResult',
  zp = 'SequenceNumber';
var xS = 'SetQueueAttributesRequest',
  wS = 'StartedTimestamp',
  qp = 'StringValue',
  AS = 'Status',
  ca = 'Tag',
  _S = 'TaskHandle',
  bS = 'TagKeys',
  RS = 'TagKey',
  TS = 'TagMap',
  IS = 'TooManyEntriesInBatchRequest';
var CS = 'TagQueueRequest',
  jp = 'Tags',
  NS = 'UnsupportedOperation';
var OS = 'UntagQueueRequest',
  Xt = 'Value',
  Gp = 'VisibilityTimeout',
  vS = 'WaitTimeSeconds',
  U = 'awsQueryError',
  v = 'client',
  M = 'error',
  L = 'httpError',
  P = 'message',
  MS = 'queueUrls',
  Qp = 'smithy.ts.sdk.synthetic.com.amazonaws.sqs',
  DS = 'tags',
  b = 'xmlFlattened',
  w = 'xmlName',
  S = 'com.amazonaws.sqs',
  Wp = new se(Qp),
  PS = [-3, Qp, 'SQSServiceException', 0, [], []];
Wp.registerError(PS, I);
var N = new se(S),
  US = [
    -3,
    S,
    Jg,
    { [U]: ['AWS.SimpleQueueService.BatchEntryIdsNotDistinct', 400], [M]: v, [L]: 400 },
    [P],
    [0],
  ];
N.registerError(US, Lo);
var LS = [
  -3,
  S,
  Zg,
  { [U]: ['AWS.SimpleQueueService.BatchRequestTooLong', 400], [M]: v, [L]: 400 },
  [P],
  [0],
];
N.registerError(LS, es);
var kS = [-3, S, ly, { [U]: ['AWS.SimpleQueueService.EmptyBatchRequest', 400], [M]: v, [L]: 400 }, [P], [0]];
N.registerError(kS, ko);
var $S = [-3, S, hy, { [U]: ['InvalidAddress', 404], [M]: v, [L]: 404 }, [P], [0]];
N.registerError($S, Io);
var BS = [-3, S, gy, { [M]: v }, [P], [0]];
N.registerError(BS, Fo);
var FS = [-3, S, yy, { [M]: v }, [P], [0]];
N.registerError(FS, Ho);
var HS = [
  -3,
  S,
  Sy,
  { [U]: ['AWS.SimpleQueueService.InvalidBatchEntryId', 400], [M]: v, [L]: 400 },
  [P],
  [0],
];
N.registerError(HS, $o);
var VS = [-3, S, Ey, { [M]: v }, [], []];
N.registerError(VS, qo);
var zS = [-3, S, xy, { [M]: v }, [P], [0]];
N.registerError(zS, Zo);
var qS = [-3, S, wy, { [U]: ['InvalidSecurity', 403], [M]: v, [L]: 403 }, [P], [0]];
N.registerError(qS, Co);
var jS = [-3, S, _y, { [U]: ['KMS.AccessDeniedException', 400], [M]: v, [L]: 400 }, [P], [0]];
N.registerError(jS, Go);
var GS = [-3, S, by, { [U]: ['KMS.DisabledException', 400], [M]: v, [L]: 400 }, [P], [0]];
N.registerError(GS, Qo);
var QS = [-3, S, Ry, { [U]: ['KMS.InvalidKeyUsageException', 400], [M]: v, [L]: 400 }, [P], [0]];
N.registerError(QS, Wo);
var WS = [-3, S, Ty, { [U]: ['KMS.InvalidStateException', 400], [M]: v, [L]: 400 }, [P], [0]];
N.registerError(WS, Ko);
var KS = [-3, S, Iy, { [U]: ['KMS.NotFoundException', 400], [M]: v, [L]: 400 }, [P], [0]];
N.registerError(KS, Jo);
var JS = [-3, S, Cy, { [U]: ['KMS.OptInRequired', 403], [M]: v, [L]: 403 }, [P], [0]];
N.registerError(JS, Xo);
var XS = [-3, S, Ny, { [U]: ['KMS.ThrottlingException', 400], [M]: v, [L]: 400 }, [P], [0]];
N.registerError(XS, Yo);
var YS = [-3, S, Vy, { [U]: ['AWS.SimpleQueueService.MessageNotInflight', 400], [M]: v, [L]: 400 }, [], []];
N.registerError(YS, Po);
var ZS = [-3, S, Ky, { [U]: ['OverLimit', 403], [M]: v, [L]: 403 }, [P], [0]];
N.registerError(ZS, No);
var eE = [
  -3,
  S,
  Jy,
  { [U]: ['AWS.SimpleQueueService.PurgeQueueInProgress', 403], [M]: v, [L]: 403 },
  [P],
  [0],
];
N.registerError(eE, jo);
var tE = [
  -3,
  S,
  Zy,
  { [U]: ['AWS.SimpleQueueService.QueueDeletedRecently', 400], [M]: v, [L]: 400 },
  [P],
  [0],
];
N.registerError(tE, Vo);
var rE = [-3, S, Yy, { [U]: ['AWS.SimpleQueueService.NonExistentQueue', 400], [M]: v, [L]: 400 }, [P], [0]];
N.registerError(rE, Oo);
var oE = [-3, S, tS, { [U]: ['QueueAlreadyExists', 400], [M]: v, [L]: 400 }, [P], [0]];
N.registerError(oE, zo);
var sE = [-3, S, sS, { [U]: ['ReceiptHandleIsInvalid', 404], [M]: v, [L]: 404 }, [P], [0]];
N.registerError(sE, Uo);
var nE = [-3, S, uS, { [U]: ['RequestThrottled', 403], [M]: v, [L]: 403 }, [P], [0]];
N.registerError(nE, vo);
var iE = [-3, S, aS, { [U]: ['ResourceNotFoundException', 404], [M]: v, [L]: 404 }, [P], [0]];
N.registerError(iE, Do);
var aE = [
  -3,
  S,
  IS,
  { [U]: ['AWS.SimpleQueueService.TooManyEntriesInBatchRequest', 400], [M]: v, [L]: 400 },
  [P],
  [0],
];
N.registerError(aE, Bo);
var cE = [
  -3,
  S,
  NS,
  { [U]: ['AWS.SimpleQueueService.UnsupportedOperation', 400], [M]: v, [L]: 400 },
  [P],
  [0],
];
N.registerError(cE, Mo);
var Kp = [Wp, N],
  KD = [3, S, Gg, 0, [ae, Oy, Qg, Vg], [0, 0, [64, { [b]: 1, [w]: Wg }], [64, { [b]: 1, [w]: zg }]], 4],
  uE = [3, S, os, 0, [We, lS, ey, ea], [0, 2, 0, 0], 3];
var JD = [3, S, ty, 0, [ae, Yi], [0, [() => AE, { [b]: 1, [w]: Rp }]], 2],
  fE = [3, S, Rp, 0, [We, na, Gp], [0, 0, 1], 2],
  XD = [
    3,
    S,
    sy,
    0,
    [ia, Zi],
    [
      [() => _E, { [b]: 1, [w]: Tp }],
      [() => ua, { [b]: 1, [w]: os }],
    ],
    2,
  ],
  lE = [3, S, Tp, 0, [We], [0], 1];
var YD = [
  3,
  S,
  ny,
  0,
  [eS, ts, DS],
  [0, [() => la, { [b]: 1, [w]: rs }], [() => da, { [b]: 1, [w]: ca }]],
  1,
];
var ZD = [3, S, ay, 0, [ae, Yi], [0, [() => bE, { [b]: 1, [w]: Ip }]], 2],
  dE = [3, S, Ip, 0, [We, na], [0, 0], 2],
  eP = [
    3,
    S,
    fy,
    0,
    [ia, Zi],
    [
      [() => RE, { [b]: 1, [w]: Cp }],
      [() => ua, { [b]: 1, [w]: os }],
    ],
    2,
  ],
  pE = [3, S, Cp, 0, [We], [0], 1];
var tP = [3, S, py, 0, [ae, Ap], [0, [64, { [b]: 1, [w]: Ji }]], 1],
  rP = [3, S, my, 0, [ts], [[() => la, { [b]: 1, [w]: rs }]]];
var oP = [3, S, vy, 0, [MS, Bp], [[64, { [b]: 1, [w]: ae }], 0], 1];
var sP = [3, S, wp, { [w]: wp }, [oS], [[() => TE, { [b]: 1, [w]: vp }]]],
  mE = [3, S, vp, 0, [_S, AS, fS, iy, qy, qg, jg, dy, wS], [0, 0, 0, 0, 1, 1, 1, 0, 1]];
var nP = [3, S, Dy, 0, [rS, Bp], [[64, { [b]: 1, [w]: ae }], 0]];
var iP = [3, S, Py, 0, [jp], [[() => da, { [b]: 1, [w]: ca }]]],
  hE = [
    3,
    S,
    ea,
    0,
    [sa, na, Fy, Kg, ts, oa, ta],
    [0, 0, 0, 0, [() => OE, { [b]: 1, [w]: rs }], 0, [() => fa, { [b]: 1, [w]: ra }]],
  ],
  gE = [
    3,
    S,
    ky,
    0,
    [Op, qp, bp, Fp, _p],
    [0, 0, 21, [() => Xp, { [b]: 1, [w]: aa }], [() => Jp, { [b]: 1, [w]: Xi }]],
    1,
  ],
  yE = [
    3,
    S,
    Qy,
    0,
    [Op, qp, bp, Fp, _p],
    [0, 0, 21, [() => Xp, { [b]: 1, [w]: aa }], [() => Jp, { [b]: 1, [w]: Xi }]],
    1,
  ];
var aP = [
    3,
    S,
    nS,
    0,
    [ae, Ap, Gy, Uy, zy, Gp, vS, cS],
    [0, [64, { [b]: 1, [w]: Ji }], [64, { [b]: 1, [w]: Ji }], [64, { [b]: 1, [w]: Ly }], 1, 1, 1, 0],
    1,
  ],
  cP = [3, S, iS, 0, [Wy], [[() => IE, { [b]: 1, [w]: ea }]]];
var uP = [3, S, mS, 0, [ae, Yi], [0, [() => CE, { [b]: 1, [w]: Hp }]], 2],
  SE = [
    3,
    S,
    Hp,
    0,
    [We, Mp, Np, ta, kp, Dp, Lp],
    [0, 0, 1, [() => fa, { [b]: 1, [w]: ra }], [() => Yp, { [b]: 1, [w]: $p }], 0, 0],
    2,
  ],
  fP = [
    3,
    S,
    yS,
    0,
    [ia, Zi],
    [
      [() => NE, { [b]: 1, [w]: Vp }],
      [() => ua, { [b]: 1, [w]: os }],
    ],
    2,
  ],
  EE = [3, S, Vp, 0, [We, sa, Pp, oa, Up, zp], [0, 0, 0, 0, 0, 0], 3],
  xE = [
    3,
    S,
    SS,
    0,
    [ae, Mp, Np, ta, kp, Dp, Lp],
    [0, 0, 1, [() => fa, { [b]: 1, [w]: ra }], [() => Yp, { [b]: 1, [w]: $p }], 0, 0],
    2,
  ],
  wE = [3, S, ES, 0, [Pp, oa, Up, sa, zp], [0, 0, 0, 0, 0]],
  lP = [3, S, xS, 0, [ae, ts], [0, [() => la, { [b]: 1, [w]: rs }]], 2];
var dP = [3, S, CS, 0, [ae, jp], [0, [() => da, { [b]: 1, [w]: ca }]], 2],
  pP = [3, S, OS, 0, [ae, bS], [0, [64, { [b]: 1, [w]: RS }]], 2];
var ua = [1, S, Yg, 0, () => uE],
  Jp = [1, S, Xg, 0, [21, { [w]: Xi }]],
  AE = [1, S, ry, 0, () => fE],
  _E = [1, S, oy, 0, () => lE],
  bE = [1, S, cy, 0, () => dE],
  RE = [1, S, uy, 0, () => pE],
  TE = [1, S, My, 0, () => mE];
var IE = [1, S, Hy, 0, [() => hE, 0]];
var CE = [1, S, hS, 0, [() => SE, 0]],
  NE = [1, S, gS, 0, () => EE],
  Xp = [1, S, dS, 0, [0, { [w]: aa }]];
var fa = [2, S, $y, 0, [0, { [w]: ss }], [() => gE, { [w]: Xt }]],
  Yp = [2, S, By, 0, [0, { [w]: ss }], [() => yE, { [w]: Xt }]],
  OE = [2, S, jy, 0, [0, { [w]: ss }], [0, { [w]: Xt }]],
  la = [2, S, Xy, 0, [0, { [w]: ss }], [0, { [w]: Xt }]],
  da = [2, S, TS, 0, [0, { [w]: Ay }], [0, { [w]: Xt }]];
var Zp = [9, S, pS, 0, () => xE, () => wE];
var em = (t) => ({
  apiVersion: '2012-11-05',
  base64Decoder: t?.base64Decoder ?? Ke,
  base64Encoder: t?.base64Encoder ?? Je,
  disableHostPrefix: t?.disableHostPrefix ?? !1,
  endpointProvider: t?.endpointProvider ?? xp,
  extensions: t?.extensions ?? [],
  httpAuthSchemeProvider: t?.httpAuthSchemeProvider ?? Qd,
  httpAuthSchemes: t?.httpAuthSchemes ?? [
    {
      schemeId: 'aws.auth#sigv4',
      identityProvider: (e) => e.getIdentityProvider('aws.auth#sigv4'),
      signer: new pt(),
    },
  ],
  logger: t?.logger ?? new fe(),
  md5: t?.md5 ?? Ir,
  protocol: t?.protocol ?? Kt,
  protocolSettings: t?.protocolSettings ?? {
    defaultNamespace: 'com.amazonaws.sqs',
    errorTypeRegistries: Kp,
    version: '2012-11-05',
    serviceTarget: 'AmazonSQS',
    awsQueryCompatible: !0,
  },
  serviceId: t?.serviceId ?? 'SQS',
  sha256: t?.sha256 ?? Or,
  urlParser: t?.urlParser ?? Re,
  utf8Decoder: t?.utf8Decoder ?? re,
  utf8Encoder: t?.utf8Encoder ?? pe,
});
var tm = (t) => {
  Vs(process.version);
  const e = en(t),
    r = () => e().then(Hs),
    o = em(t);
  as(process.version);
  const s = { profile: t?.profile, logger: o.logger };
  return {
    ...o,
    ...t,
    runtime: 'node',
    defaultsMode: e,
    authSchemePreference: t?.authSchemePreference ?? z(mo, s),
    bodyLengthChecker: t?.bodyLengthChecker ?? xs,
    credentialDefaultProvider: t?.credentialDefaultProvider ?? sp,
    defaultSocketTimeout: cs(t?.requestHandler, 9e5),
    defaultUserAgentProvider:
      t?.defaultUserAgentProvider ?? _i({ serviceId: o.serviceId, clientVersion: Xd.version }),
    maxAttempts: t?.maxAttempts ?? z(hi, t),
    region: t?.region ?? z(Nt, { ...Js, ...s }),
    requestHandler: Wt.create(t?.requestHandler ?? r),
    retryMode: t?.retryMode ?? z({ ...yi, default: async () => (await r()).retryMode || qt }, t),
    streamCollector: t?.streamCollector ?? br,
    useDualstackEndpoint: t?.useDualstackEndpoint ?? z(Os, s),
    useFipsEndpoint: t?.useFipsEndpoint ?? z(vs, s),
    userAgentAppId: t?.userAgentAppId ?? z(bi, s),
  };
};
Z();
var rm = (t) => {
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
  om = (t) => ({
    httpAuthSchemes: t.httpAuthSchemes(),
    httpAuthSchemeProvider: t.httpAuthSchemeProvider(),
    credentials: t.credentials(),
  });
var sm = (t, e) => {
  const r = Object.assign(Ti(t), zs(t), Hn(t), rm(t));
  return (e.forEach((o) => o.configure(r)), Object.assign(t, Ii(r), qs(r), Vn(r), om(r)));
};
var ns = class extends bt {
  config;
  constructor(...[e]) {
    const r = tm(e || {});
    super(r), (this.initConfig = r);
    const o = Kd(r),
      s = fi(o),
      n = gi(s),
      i = Zs(n),
      a = i,
      c = If(a),
      u = Ci(c),
      l = Wd(u),
      f = sm(l, e?.extensions || []);
    (this.config = f),
      this.middlewareStack.use(Ls(this.config)),
      this.middlewareStack.use(xi(this.config)),
      this.middlewareStack.use(Zl(this.config)),
      this.middlewareStack.use(zn(this.config)),
      this.middlewareStack.use(Xn(this.config)),
      this.middlewareStack.use(Yn(this.config)),
      this.middlewareStack.use(si(this.config)),
      this.middlewareStack.use(Ni(this.config)),
      this.middlewareStack.use(
        Kr(this.config, {
          httpAuthSchemeParametersProvider: Gd,
          identityProviderConfigProvider: async (d) => new dt({ 'aws.auth#sigv4': d.credentials }),
        }),
      ),
      this.middlewareStack.use(Jr(this.config));
  }
  destroy() {
    super.destroy();
  }
};
Z();
ve();
var nm = js(Jd, 'AmazonSQS', 'SQSClient', Cf),
  im = {};
var am = (t, e, r, o) => [Oi(r)];
var is = class extends nm(im, am, 'SendMessage', Zp) {};
function DE(t, e, r) {
  return async (o) => {
    const s = Buffer.from(o.body ?? '', o.isBase64Encoded ? 'base64' : 'utf8'),
      n = Buffer.from(o.headers['x-webhook-signature'] ?? '', 'hex'),
      i = vE('sha256', r).update(s).digest();
    if (n.length !== i.length || !ME(n, i)) return { statusCode: 401 };
    const a = s.toString('utf8');
    return (
      JSON.parse(a),
      await t.send(new is({ QueueUrl: e, MessageBody: a })),
      { statusCode: 200, body: '{"received":true}' }
    );
  };
}
var m1 = DE(new ns({}), process.env.QUEUE_URL ?? '', process.env.LAVA_WEBHOOK_SECRET ?? '');

export { DE as createFloorHandler, m1 as handler };
//# sourceMappingURL=index.mjs.map

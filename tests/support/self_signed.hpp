//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_SUPPORT_SELF_SIGNED_HPP
#define RESPOLICY_TESTS_SUPPORT_SELF_SIGNED_HPP

// A TLS certificate for the loopback servers of the tests, made at run time with the OpenSSL 3
// API: an EC P-256 key, SHA-256, valid for an hour, for 127.0.0.1 and localhost, and its own
// authority, so that a client given it as its trusted CA (tls_options::ca_file, --cacert)
// verifies the server, and one that is not refuses it.

#include <catch2/catch.hpp>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstddef>
#include <memory>
#include <string>
#include <utility>

namespace respolicy::test {

struct self_signed_certificate {
  struct free_key {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
  };
  struct free_cert {
    void operator()(X509* x) const { X509_free(x); }
  };

  std::unique_ptr<EVP_PKEY, free_key> key{EVP_EC_gen("P-256")};
  std::unique_ptr<X509, free_cert> cert{X509_new()};

  self_signed_certificate() {
    REQUIRE(key);
    REQUIRE(cert);
    X509* const x = cert.get();
    REQUIRE(X509_set_version(x, 2) == 1);
    REQUIRE(ASN1_INTEGER_set(X509_get_serialNumber(x), 1) == 1);
    REQUIRE(X509_gmtime_adj(X509_getm_notBefore(x), -60) != nullptr);
    REQUIRE(X509_gmtime_adj(X509_getm_notAfter(x), 3600) != nullptr);
    REQUIRE(X509_set_pubkey(x, key.get()) == 1);
    X509_NAME* const name = X509_get_subject_name(x);
    REQUIRE(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                                       reinterpret_cast<unsigned char const*>("127.0.0.1"), -1, -1,
                                       0) == 1);
    REQUIRE(X509_set_issuer_name(x, name) == 1);
    X509V3_CTX v3;
    X509V3_set_ctx_nodb(&v3);
    X509V3_set_ctx(&v3, x, x, nullptr, nullptr, 0);
    for (auto const& [nid, value] : {std::pair{NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost"},
                                     std::pair{NID_basic_constraints, "critical,CA:TRUE"},
                                     std::pair{NID_key_usage, "digitalSignature,keyCertSign"}}) {
      X509_EXTENSION* const ext = X509V3_EXT_conf_nid(nullptr, &v3, nid, value);
      REQUIRE(ext != nullptr);
      int const added = X509_add_ext(x, ext, -1);
      X509_EXTENSION_free(ext);
      REQUIRE(added == 1);
    }
    REQUIRE(X509_sign(x, key.get(), EVP_sha256()) > 0);
  }

  /** The certificate, PEM. */
  std::string cert_pem() const {
    return pem([&](BIO* b) { return PEM_write_bio_X509(b, cert.get()); });
  }
  /** The private key, PEM (PKCS #8, not encrypted). */
  std::string key_pem() const {
    return pem([&](BIO* b) {
      return PEM_write_bio_PrivateKey(b, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    });
  }

 private:
  template <class Write>
  static std::string pem(Write write) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    REQUIRE(write(bio.get()) == 1);
    char* data = nullptr;
    long const n = BIO_get_mem_data(bio.get(), &data);
    return std::string(data, static_cast<std::size_t>(n));
  }
};

}  // namespace respolicy::test

#endif
